package org.madoguchi.procedures.adapter.in.rest;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.madoguchi.platform.failure.InvalidInput;
import org.madoguchi.procedures.application.port.in.ImportProceduresCommand;
import org.madoguchi.procedures.domain.model.FiscalYear;
import org.madoguchi.procedures.domain.model.FormId;
import org.madoguchi.procedures.domain.model.OnlineStatus;
import org.madoguchi.procedures.domain.model.Procedure;
import org.madoguchi.procedures.domain.model.ProcedureCode;
import org.madoguchi.procedures.domain.model.ProcedureDetails;
import org.madoguchi.procedures.domain.model.RevisionReason;
import org.madoguchi.procedures.domain.model.SealReview;
import org.madoguchi.procedures.domain.model.StatusKind;

/**
 * The cells of the procedure CSV: the canonical values an export writes, and the spellings city staff
 * type in Excel that an import reads into typed values (Japanese labels, era years, full-width digits,
 * 〇/×). A cell that cannot be read is reported by its column, with the other faults of its line.
 */
final class ProcedureCsvCells {

    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("uuuu/M/d");
    private static final Map<String, SealReview.Outcome> OUTCOMES = Map.of("廃止", SealReview.Outcome.ABOLISHED,
            "存続", SealReview.Outcome.KEPT);
    private static final Map<String, StatusKind> STATUSES = Map.of("未計画", StatusKind.NOT_PLANNED,
            "計画", StatusKind.PLANNED, "計画中", StatusKind.PLANNED, "完了", StatusKind.COMPLETED,
            "対応見直し", StatusKind.REVISED, "見直し", StatusKind.REVISED, "廃止", StatusKind.ABOLISHED);
    private static final Map<String, RevisionReason> REASONS = reasons();

    private ProcedureCsvCells() {
    }

    /** The export line of a procedure, in canonical values. */
    static ProcedureRow written(Procedure procedure) {
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

    /** A line of an import in typed values; what cannot be read is left {@code null} and named in the line. */
    static ImportProceduresCommand.Line read(ProcedureRow row) {
        InvalidInput.Collector unreadable = new InvalidInput.Collector();
        ProcedureCode[] code = new ProcedureCode[1];
        unreadable.check("code", () -> code[0] = new ProcedureCode(row.code()));
        Boolean seal = bool(row.sealRequired(), "sealRequired", unreadable);
        Boolean paper = bool(row.paperRequired(), "paperRequired", unreadable);
        Boolean inPerson = bool(row.inPersonRequired(), "inPersonRequired", unreadable);
        SealReview.Outcome outcome = blank(row.sealReviewOutcome()) ? null
                : choice(row.sealReviewOutcome(), SealReview.Outcome.class, OUTCOMES, "sealReviewOutcome", unreadable);
        StatusKind status = blank(row.status()) ? StatusKind.NOT_PLANNED
                : choice(row.status(), StatusKind.class, STATUSES, "status", unreadable);
        FiscalYear[] fiscalYear = new FiscalYear[1];
        if (!blank(row.fiscalYear())) {
            unreadable.check("fiscalYear", () -> fiscalYear[0] = FiscalYear.parse(row.fiscalYear()));
        }
        LocalDate completedOn = date(row.completedOn(), "completedOn", unreadable);
        LocalDate abolishedOn = date(row.abolishedOn(), "abolishedOn", unreadable);
        FormId form = null;
        if (!blank(row.formId())) {
            try {
                form = new FormId(UUID.fromString(row.formId().strip()));
            } catch (IllegalArgumentException notUuid) {
                unreadable.add("formId", "malformed-value");
            }
        }
        RevisionReason reason = blank(row.revisionReason()) ? null
                : choice(row.revisionReason(), RevisionReason.class, REASONS, "revisionReason", unreadable);
        return new ImportProceduresCommand.Line(row.line(), code[0], row.name(), row.kana(), row.department(),
                row.category(), row.description(), row.legalBasis(), seal, paper, inPerson, outcome, row.keptReason(),
                status, fiscalYear[0], completedOn, form, reason, row.statusNote(), abolishedOn,
                unreadable.violations());
    }

    private static Map<String, RevisionReason> reasons() {
        Map<String, RevisionReason> byLabel = new HashMap<>();
        for (RevisionReason reason : RevisionReason.values()) {
            byLabel.put(reason.ja(), reason);
        }
        byLabel.put("メールによる対応", RevisionReason.SWITCHED_TO_EMAIL);
        byLabel.put("廃止検討中", RevisionReason.ABOLITION_UNDER_REVIEW);
        byLabel.put("対応不可", RevisionReason.INFEASIBLE_AFTER_PROCESS_REVIEW);
        return Map.copyOf(byLabel);
    }

    private static <E extends Enum<E>> E choice(String text, Class<E> type, Map<String, E> labels, String field,
            InvalidInput.Collector unreadable) {
        String value = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        E labelled = labels.get(value);
        if (labelled != null) {
            return labelled;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException unknown) {
            unreadable.add(field, "unknown-value", value);
            return null;
        }
    }

    private static Boolean bool(String text, String field, InvalidInput.Collector unreadable) {
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
                unreadable.add(field, "unknown-value", text.strip());
                return null;
            }
        }
    }

    private static LocalDate date(String text, String field, InvalidInput.Collector unreadable) {
        if (blank(text)) {
            return null;
        }
        String value = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        try {
            return value.contains("/") ? LocalDate.parse(value, SLASHED) : LocalDate.parse(value);
        } catch (DateTimeParseException notADate) {
            unreadable.add(field, "date-format", text.strip());
            return null;
        }
    }

    private static String empty(String value) {
        return value == null ? "" : value;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
