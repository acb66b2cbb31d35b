package org.madoguchi.procedures.adapter.in.rest.csv;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.madoguchi.platform.failure.InvalidInput;
import org.madoguchi.procedures.domain.model.FiscalYear;
import org.madoguchi.procedures.domain.model.FormId;
import org.madoguchi.procedures.domain.model.RevisionReason;
import org.madoguchi.procedures.domain.model.SealReview;
import org.madoguchi.procedures.domain.model.StatusKind;

/**
 * The spellings city staff type into cells in Excel, read into typed values: codes or Japanese labels,
 * era years, full-width digits, 〇/×, dates with slashes. A blank cell is {@code null}; a cell that
 * cannot be read is {@code null} too, and added to {@code unreadable} under its field.
 */
final class CellSpellings {

    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("uuuu/M/d");
    private static final Map<String, SealReview.Outcome> OUTCOMES = Map.of("廃止", SealReview.Outcome.ABOLISHED,
            "存続", SealReview.Outcome.KEPT);
    private static final Map<String, StatusKind> STATUSES = Map.of("未計画", StatusKind.NOT_PLANNED,
            "計画", StatusKind.PLANNED, "計画中", StatusKind.PLANNED, "完了", StatusKind.COMPLETED,
            "対応見直し", StatusKind.REVISED, "見直し", StatusKind.REVISED, "廃止", StatusKind.ABOLISHED);
    private static final Map<String, RevisionReason> REASONS = reasons();

    private CellSpellings() {
    }

    /** 状況: a code or a Japanese label; a blank cell is {@code NOT_PLANNED}. */
    static StatusKind status(String text, InvalidInput.Collector unreadable) {
        return blank(text) ? StatusKind.NOT_PLANNED : choice(text, StatusKind.class, STATUSES, "status", unreadable);
    }

    /** 見直し結果: ABOLISHED/廃止 or KEPT/存続. */
    static SealReview.Outcome outcome(String text, InvalidInput.Collector unreadable) {
        return blank(text) ? null
                : choice(text, SealReview.Outcome.class, OUTCOMES, "sealReviewOutcome", unreadable);
    }

    /** 見直し理由: a code, the reason's Japanese label, or a short form of it. */
    static RevisionReason reason(String text, InvalidInput.Collector unreadable) {
        return blank(text) ? null : choice(text, RevisionReason.class, REASONS, "revisionReason", unreadable);
    }

    /** 計画年度: 2022, FY2022, 令和4年度, R4. */
    static FiscalYear fiscalYear(String text, InvalidInput.Collector unreadable) {
        FiscalYear[] fiscalYear = new FiscalYear[1];
        if (!blank(text)) {
            unreadable.check("fiscalYear", () -> fiscalYear[0] = FiscalYear.parse(text));
        }
        return fiscalYear[0];
    }

    /** 様式ID: a UUID. */
    static FormId formId(String text, InvalidInput.Collector unreadable) {
        if (blank(text)) {
            return null;
        }
        try {
            return new FormId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException notUuid) {
            unreadable.add("formId", "malformed-value");
            return null;
        }
    }

    /** Yes or no: true/false, yes/no, はい/いいえ, 要/不要, ○/×, 有/無 and the like. */
    static Boolean bool(String text, String field, InvalidInput.Collector unreadable) {
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

    /** A day as 2022-04-01 or 2022/4/1, in full- or half-width digits. */
    static LocalDate date(String text, String field, InvalidInput.Collector unreadable) {
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

    private static Map<String, RevisionReason> reasons() {
        Map<String, RevisionReason> byLabel = new HashMap<>();
        for (RevisionReason reason : RevisionReason.values()) {
            byLabel.put(reason.label().ja(), reason);
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

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
