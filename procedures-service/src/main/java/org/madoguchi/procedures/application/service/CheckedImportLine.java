package org.madoguchi.procedures.application.service;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.madoguchi.platform.failure.InvalidInput;
import org.madoguchi.procedures.application.port.in.ImportProceduresCommand;
import org.madoguchi.procedures.domain.model.Department;
import org.madoguchi.procedures.domain.model.DepartmentCode;
import org.madoguchi.procedures.domain.model.ProcedureCode;
import org.madoguchi.procedures.domain.model.ProcedureDetails;
import org.madoguchi.procedures.domain.model.RevisionReason;
import org.madoguchi.procedures.domain.model.SealReview;
import org.madoguchi.procedures.domain.model.StatusKind;
import org.madoguchi.procedures.domain.model.StatusTarget;

/**
 * A line of an import, checked: the department it names exists, its details and review hold, and the
 * status it asks for has the values that status needs.
 *
 * @param number  line number in the file
 * @param code    procedure code
 * @param details details, with the department resolved
 * @param target  the status the line asks for
 */
record CheckedImportLine(long number, ProcedureCode code, ProcedureDetails details, StatusTarget target) {

    private static final List<String> CODE = List.of("code");
    private static final List<String> REVIEW = List.of("sealRequired", "paperRequired", "inPersonRequired",
            "sealReviewOutcome");
    private static final List<String> STATUS = List.of("status", "fiscalYear", "completedOn", "abolishedOn", "formId",
            "revisionReason");

    /**
     * Checks a line; every bad column is added to {@code errors} under the line and the column
     * ({@code lines[7].kana}), with the cells the CSV adapter could not read.
     *
     * @param departments the department a code or Japanese name names, {@code null} for none
     * @return the checked line; {@code null} when anything in it is bad
     */
    static CheckedImportLine check(ImportProceduresCommand.Line line, Function<String, Department> departments,
            InvalidInput.Collector errors) {
        InvalidInput.Collector faults = new InvalidInput.Collector();
        faults.addAll(line.unreadable(CODE));
        DepartmentCode department = department(line, departments, faults);
        faults.addAll(line.unreadable(REVIEW));
        SealReview review = sealReview(line, faults);
        ProcedureDetails[] details = new ProcedureDetails[1];
        if (department != null) {
            faults.check("", () -> details[0] = new ProcedureDetails(line.name(), line.kana(), department,
                    line.category(), line.description(), line.legalBasis(), review));
        }
        faults.addAll(line.unreadable(STATUS));
        StatusTarget target = target(line, faults);
        String at = "lines[" + line.number() + "]";
        faults.violations().forEach(v -> errors.add(at + (v.field().isEmpty() ? "" : "." + v.field()), v.code(),
                v.arguments().toArray()));
        return faults.isEmpty() ? new CheckedImportLine(line.number(), line.code(), details[0], target) : null;
    }

    private static DepartmentCode department(ImportProceduresCommand.Line line,
            Function<String, Department> departments, InvalidInput.Collector faults) {
        if (blank(line.department())) {
            faults.add("department", "not-blank");
            return null;
        }
        Department found = departments.apply(line.department().strip());
        if (found == null) {
            faults.add("department", "unknown-department", line.department().strip());
            return null;
        }
        return found.code();
    }

    private static SealReview sealReview(ImportProceduresCommand.Line line, InvalidInput.Collector faults) {
        if (line.sealRequired() == null && line.paperRequired() == null && line.inPersonRequired() == null
                && line.sealReviewOutcome() == null && blank(line.keptReason())) {
            return null;
        }
        SealReview[] review = new SealReview[1];
        faults.check("", () -> review[0] = new SealReview(Boolean.TRUE.equals(line.sealRequired()),
                Boolean.TRUE.equals(line.paperRequired()), Boolean.TRUE.equals(line.inPersonRequired()),
                line.sealReviewOutcome(), line.keptReason()));
        return review[0];
    }

    private static StatusTarget target(ImportProceduresCommand.Line line, InvalidInput.Collector faults) {
        StatusKind kind = line.status();
        if (kind == null) {
            return null;
        }
        String note = blank(line.statusNote()) ? null : line.statusNote().strip();
        switch (kind) {
            case PLANNED -> require(line, line.fiscalYear(), "fiscalYear", faults);
            case COMPLETED -> require(line, line.completedOn(), "completedOn", faults);
            case REVISED -> {
                require(line, line.fiscalYear(), "fiscalYear", faults);
                require(line, line.revisionReason(), "revisionReason", faults);
                if (line.revisionReason() == RevisionReason.OTHER && note == null) {
                    faults.add("statusNote", "revision-note-required");
                }
            }
            case ABOLISHED -> require(line, line.abolishedOn(), "abolishedOn", faults);
            case NOT_PLANNED -> { }
        }
        LocalDate on = kind == StatusKind.ABOLISHED ? line.abolishedOn() : line.completedOn();
        return new StatusTarget(kind, line.fiscalYear(), on, line.formId(), line.revisionReason(), note);
    }

    /** A value the status needs; a value given but unreadable was reported already. */
    private static void require(ImportProceduresCommand.Line line, Object value, String field,
            InvalidInput.Collector faults) {
        if (value == null && !line.isUnreadable(field)) {
            faults.add(field, "required-for-status");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
