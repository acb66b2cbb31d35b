package org.madoguchi.procedures.application.service;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.madoguchi.procedures.application.port.in.ProcedureRow;
import org.madoguchi.procedures.domain.model.Department;
import org.madoguchi.procedures.domain.model.DepartmentCode;
import org.madoguchi.procedures.domain.model.FiscalYear;
import org.madoguchi.procedures.domain.model.FormId;
import org.madoguchi.procedures.domain.model.InvalidInput;
import org.madoguchi.procedures.domain.model.OnlineStatus;
import org.madoguchi.procedures.domain.model.Procedure;
import org.madoguchi.procedures.domain.model.ProcedureCode;
import org.madoguchi.procedures.domain.model.ProcedureDetails;
import org.madoguchi.procedures.domain.model.RevisionReason;
import org.madoguchi.procedures.domain.model.SealReview;
import org.madoguchi.procedures.domain.model.StatusKind;

/**
 * Reads and writes procedures as CSV lines: the values an export writes, and the spellings city staff
 * type in Excel that an import accepts (Japanese labels, era years, full-width digits, 〇/×).
 */
final class ProcedureRows {

    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("uuuu/M/d");

    private ProcedureRows() {
    }

    /** The export line of a procedure, in canonical values. */
    static ProcedureRow of(Procedure procedure) {
        ProcedureDetails details = procedure.details();
        SealReview review = details.sealReview();
        OnlineStatus status = procedure.status();
        String fiscalYear = status.plannedFor().map(fy -> Integer.toString(fy.startYear())).orElse("");
        String completedOn = "";
        String formId = "";
        String reason = "";
        String note = "";
        String abolishedOn = "";
        if (status instanceof OnlineStatus.Completed completed) {
            completedOn = completed.on().toString();
            formId = completed.form() == null ? "" : completed.form().toString();
        } else if (status instanceof OnlineStatus.Revised revised) {
            reason = revised.reason().name();
            note = empty(revised.note());
        } else if (status instanceof OnlineStatus.Abolished abolished) {
            abolishedOn = abolished.on().toString();
            note = empty(abolished.note());
        }
        return new ProcedureRow(0, procedure.code().value(), details.name(), details.kana(),
                details.department().value(), details.category(), details.description(), empty(details.legalBasis()),
                review == null ? "" : Boolean.toString(review.sealRequired()),
                review == null ? "" : Boolean.toString(review.paperRequired()),
                review == null ? "" : Boolean.toString(review.inPersonRequired()),
                review == null || review.outcome() == null ? "" : review.outcome().name(),
                review == null ? "" : empty(review.keptReason()),
                status.kind().name(), fiscalYear, completedOn, formId, reason, note, abolishedOn);
    }

    private static String empty(String value) {
        return value == null ? "" : value;
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

    /** Reads a line; every bad column is reported. */
    static Parsed parse(ProcedureRow row, Function<String, Department> departments, InvalidInput.Collector errors) {
        String at = "lines[" + row.line() + "]";
        InvalidInput.Collector line = new InvalidInput.Collector();
        ProcedureCode[] code = new ProcedureCode[1];
        line.check("code", () -> code[0] = new ProcedureCode(row.code()));
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
        SealReview review = sealReview(row, line);
        ProcedureDetails[] details = new ProcedureDetails[1];
        if (department != null) {
            DepartmentCode owner = department;
            line.check("", () -> details[0] = new ProcedureDetails(row.name(), row.kana(), owner, row.category(),
                    row.description(), row.legalBasis(), review));
        }
        Target target = target(row, line);
        line.violations().forEach(v -> errors.add(at + (v.field().isEmpty() ? "" : "." + v.field()), v.code(),
                v.arguments().toArray()));
        return line.isEmpty() ? new Parsed(row.line(), code[0], details[0], target) : null;
    }

    private static SealReview sealReview(ProcedureRow row, InvalidInput.Collector line) {
        Boolean seal = bool(row.sealRequired(), "sealRequired", line);
        Boolean paper = bool(row.paperRequired(), "paperRequired", line);
        Boolean inPerson = bool(row.inPersonRequired(), "inPersonRequired", line);
        SealReview.Outcome outcome = null;
        if (!blank(row.sealReviewOutcome())) {
            outcome = choice(row.sealReviewOutcome(), SealReview.Outcome.class,
                    Map.of("廃止", SealReview.Outcome.ABOLISHED, "存続", SealReview.Outcome.KEPT),
                    "sealReviewOutcome", line);
        }
        if (seal == null && paper == null && inPerson == null && outcome == null && blank(row.keptReason())) {
            return null;
        }
        SealReview.Outcome decided = outcome;
        SealReview[] review = new SealReview[1];
        line.check("", () -> review[0] = new SealReview(Boolean.TRUE.equals(seal), Boolean.TRUE.equals(paper),
                Boolean.TRUE.equals(inPerson), decided, row.keptReason()));
        return review[0];
    }

    private static Target target(ProcedureRow row, InvalidInput.Collector line) {
        StatusKind kind = blank(row.status()) ? StatusKind.NOT_PLANNED
                : choice(row.status(), StatusKind.class, Map.of("未計画", StatusKind.NOT_PLANNED,
                        "計画", StatusKind.PLANNED, "計画中", StatusKind.PLANNED, "完了", StatusKind.COMPLETED,
                        "対応見直し", StatusKind.REVISED, "見直し", StatusKind.REVISED, "廃止", StatusKind.ABOLISHED),
                        "status", line);
        FiscalYear fiscalYear = null;
        if (!blank(row.fiscalYear())) {
            FiscalYear[] parsed = new FiscalYear[1];
            line.check("fiscalYear", () -> parsed[0] = FiscalYear.parse(row.fiscalYear()));
            fiscalYear = parsed[0];
        }
        LocalDate completedOn = date(row.completedOn(), "completedOn", line);
        LocalDate abolishedOn = date(row.abolishedOn(), "abolishedOn", line);
        FormId form = null;
        if (!blank(row.formId())) {
            try {
                form = new FormId(UUID.fromString(row.formId().strip()));
            } catch (IllegalArgumentException notUuid) {
                line.add("formId", "malformed-value");
            }
        }
        RevisionReason reason = null;
        if (!blank(row.revisionReason())) {
            Map<String, RevisionReason> byLabel = new HashMap<>();
            for (RevisionReason r : RevisionReason.values()) {
                byLabel.put(r.ja(), r);
            }
            byLabel.put("メールによる対応", RevisionReason.SWITCHED_TO_EMAIL);
            byLabel.put("廃止検討中", RevisionReason.ABOLITION_UNDER_REVIEW);
            byLabel.put("対応不可", RevisionReason.INFEASIBLE_AFTER_PROCESS_REVIEW);
            reason = choice(row.revisionReason(), RevisionReason.class, byLabel, "revisionReason", line);
        }
        String note = blank(row.statusNote()) ? null : row.statusNote().strip();
        if (kind == null) {
            return null;
        }
        switch (kind) {
            case PLANNED -> require(row.fiscalYear(), "fiscalYear", line);
            case COMPLETED -> require(row.completedOn(), "completedOn", line);
            case REVISED -> {
                require(row.fiscalYear(), "fiscalYear", line);
                require(row.revisionReason(), "revisionReason", line);
                if (reason == RevisionReason.OTHER && note == null) {
                    line.add("statusNote", "revision-note-required");
                }
            }
            case ABOLISHED -> require(row.abolishedOn(), "abolishedOn", line);
            case NOT_PLANNED -> { }
        }
        LocalDate on = kind == StatusKind.ABOLISHED ? abolishedOn : completedOn;
        return new Target(kind, fiscalYear, on, form, reason, note);
    }

    /** A value the status needs; a value given but unreadable was reported already. */
    private static void require(String value, String field, InvalidInput.Collector line) {
        if (blank(value)) {
            line.add(field, "required-for-status");
        }
    }

    private static <E extends Enum<E>> E choice(String text, Class<E> type, Map<String, E> labels, String field,
            InvalidInput.Collector line) {
        String value = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        E labelled = labels.get(value);
        if (labelled != null) {
            return labelled;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException unknown) {
            line.add(field, "unknown-value", value);
            return null;
        }
    }

    private static Boolean bool(String text, String field, InvalidInput.Collector line) {
        if (blank(text)) {
            return null;
        }
        String value = Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
        switch (value) {
            case "true", "yes", "y", "1", "はい", "有", "あり", "要", "○", "〇", "◯" -> {
                return Boolean.TRUE;
            }
            case "false", "no", "n", "0", "いいえ", "無", "なし", "不要", "×", "x", "-" -> {
                return Boolean.FALSE;
            }
            default -> {
                line.add(field, "unknown-value", text.strip());
                return null;
            }
        }
    }

    private static LocalDate date(String text, String field, InvalidInput.Collector line) {
        if (blank(text)) {
            return null;
        }
        String value = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        try {
            return value.contains("/") ? LocalDate.parse(value, SLASHED) : LocalDate.parse(value);
        } catch (DateTimeParseException notADate) {
            line.add(field, "date-format", text.strip());
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
