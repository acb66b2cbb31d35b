package org.madoguchi.procedures.application.service;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.madoguchi.platform.failure.InvalidInput;
import org.madoguchi.procedures.application.port.in.ImportProceduresCommand;
import org.madoguchi.procedures.domain.model.Department;
import org.madoguchi.procedures.domain.model.DepartmentCode;
import org.madoguchi.procedures.domain.model.FiscalYear;
import org.madoguchi.procedures.domain.model.FormId;
import org.madoguchi.procedures.domain.model.OnlineStatus;
import org.madoguchi.procedures.domain.model.ProcedureCode;
import org.madoguchi.procedures.domain.model.ProcedureDetails;
import org.madoguchi.procedures.domain.model.RevisionReason;
import org.madoguchi.procedures.domain.model.SealReview;
import org.madoguchi.procedures.domain.model.StatusKind;

/**
 * Checks the lines of an import: the department a line names, the details and review it gives, and the
 * values the status it asks for needs. Cells the CSV adapter could not read are reported with the rest.
 */
final class ProcedureRows {

    private static final List<String> CODE = List.of("code");
    private static final List<String> REVIEW = List.of("sealRequired", "paperRequired", "inPersonRequired",
            "sealReviewOutcome");
    private static final List<String> STATUS = List.of("status", "fiscalYear", "completedOn", "abolishedOn", "formId",
            "revisionReason");

    private ProcedureRows() {
    }

    /**
     * A line read and checked; violations name the line and the column ({@code lines[7].kana}).
     *
     * @param line    line number
     * @param code    procedure code
     * @param details details
     * @param target  the status the line asks for
     */
    record Parsed(long line, ProcedureCode code, ProcedureDetails details, Target target) {
    }

    /**
     * The status a line asks for.
     *
     * @param kind        the kind
     * @param fiscalYear  its plan's fiscal year, if given
     * @param on          day of completion or abolition
     * @param form        form of a completion
     * @param reason      reason of a revision
     * @param note        note of a revision or abolition
     */
    record Target(StatusKind kind, FiscalYear fiscalYear, LocalDate on, FormId form, RevisionReason reason,
            String note) {

        /** Whether a procedure in {@code status} is already where this line asks. */
        boolean reachedBy(OnlineStatus status) {
            if (status.kind() != kind) {
                return false;
            }
            if (status instanceof OnlineStatus.Planned planned) {
                return planned.fiscalYear().equals(fiscalYear);
            }
            if (status instanceof OnlineStatus.Completed completed) {
                return completed.on().equals(on) && (form == null || form.equals(completed.form()))
                        && (fiscalYear == null || fiscalYear.equals(completed.fiscalYear()));
            }
            if (status instanceof OnlineStatus.Revised revised) {
                return revised.reason() == reason && eq(revised.note(), note)
                        && (fiscalYear == null || fiscalYear.equals(revised.fiscalYear()));
            }
            if (status instanceof OnlineStatus.Abolished abolished) {
                return abolished.on().equals(on) && eq(abolished.note(), note);
            }
            return true;
        }

        private static boolean eq(String a, String b) {
            return (a == null || a.isBlank()) ? (b == null || b.isBlank()) : a.equals(b == null ? null : b.strip());
        }
    }

    /** Checks a line; every bad column is reported. */
    static Parsed parse(ImportProceduresCommand.Line row, Function<String, Department> departments,
            InvalidInput.Collector errors) {
        String at = "lines[" + row.number() + "]";
        InvalidInput.Collector line = new InvalidInput.Collector();
        line.addAll(row.unreadable(CODE));
        DepartmentCode department = null;
        if (blank(row.department())) {
            line.add("department", "not-blank");
        } else {
            Department found = departments.apply(row.department().strip());
            if (found == null) {
                line.add("department", "unknown-department", row.department().strip());
            } else {
                department = found.code();
            }
        }
        line.addAll(row.unreadable(REVIEW));
        SealReview review = sealReview(row, line);
        ProcedureDetails[] details = new ProcedureDetails[1];
        if (department != null) {
            DepartmentCode owner = department;
            line.check("", () -> details[0] = new ProcedureDetails(row.name(), row.kana(), owner, row.category(),
                    row.description(), row.legalBasis(), review));
        }
        line.addAll(row.unreadable(STATUS));
        Target target = target(row, line);
        line.violations().forEach(v -> errors.add(at + (v.field().isEmpty() ? "" : "." + v.field()), v.code(),
                v.arguments().toArray()));
        return line.isEmpty() ? new Parsed(row.number(), row.code(), details[0], target) : null;
    }

    private static SealReview sealReview(ImportProceduresCommand.Line row, InvalidInput.Collector line) {
        if (row.sealRequired() == null && row.paperRequired() == null && row.inPersonRequired() == null
                && row.sealReviewOutcome() == null && blank(row.keptReason())) {
            return null;
        }
        SealReview[] review = new SealReview[1];
        line.check("", () -> review[0] = new SealReview(Boolean.TRUE.equals(row.sealRequired()),
                Boolean.TRUE.equals(row.paperRequired()), Boolean.TRUE.equals(row.inPersonRequired()),
                row.sealReviewOutcome(), row.keptReason()));
        return review[0];
    }

    private static Target target(ImportProceduresCommand.Line row, InvalidInput.Collector line) {
        StatusKind kind = row.status();
        if (kind == null) {
            return null;
        }
        String note = blank(row.statusNote()) ? null : row.statusNote().strip();
        switch (kind) {
            case PLANNED -> require(row, row.fiscalYear(), "fiscalYear", line);
            case COMPLETED -> require(row, row.completedOn(), "completedOn", line);
            case REVISED -> {
                require(row, row.fiscalYear(), "fiscalYear", line);
                require(row, row.revisionReason(), "revisionReason", line);
                if (row.revisionReason() == RevisionReason.OTHER && note == null) {
                    line.add("statusNote", "revision-note-required");
                }
            }
            case ABOLISHED -> require(row, row.abolishedOn(), "abolishedOn", line);
            case NOT_PLANNED -> { }
        }
        LocalDate on = kind == StatusKind.ABOLISHED ? row.abolishedOn() : row.completedOn();
        return new Target(kind, row.fiscalYear(), on, row.formId(), row.revisionReason(), note);
    }

    /** A value the status needs; a value given but unreadable was reported already. */
    private static void require(ImportProceduresCommand.Line row, Object value, String field,
            InvalidInput.Collector line) {
        if (value == null && !row.isUnreadable(field)) {
            line.add(field, "required-for-status");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
