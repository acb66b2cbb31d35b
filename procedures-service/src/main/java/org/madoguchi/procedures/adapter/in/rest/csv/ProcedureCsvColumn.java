package org.madoguchi.procedures.adapter.in.rest.csv;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The columns of the procedure CSV, each with its English and Japanese name (both are read; an export
 * writes the caller's language) and the cell of a line it holds. These names are the file format, not
 * wording: a file written in one language imports in the other.
 */
enum ProcedureCsvColumn {
    CODE("code", "手続きコード", ProcedureCsvLine::code),
    NAME("name", "手続き名", ProcedureCsvLine::name),
    KANA("kana", "よみがな", ProcedureCsvLine::kana),
    DEPARTMENT("department", "担当課", ProcedureCsvLine::department),
    CATEGORY("category", "分類", ProcedureCsvLine::category),
    DESCRIPTION("description", "説明", ProcedureCsvLine::description),
    LEGAL_BASIS("legal_basis", "根拠法令", ProcedureCsvLine::legalBasis),
    SEAL_REQUIRED("seal_required", "押印", ProcedureCsvLine::sealRequired),
    PAPER_REQUIRED("paper_required", "書面", ProcedureCsvLine::paperRequired),
    IN_PERSON_REQUIRED("in_person_required", "対面", ProcedureCsvLine::inPersonRequired),
    SEAL_REVIEW_OUTCOME("seal_review_outcome", "見直し結果", ProcedureCsvLine::sealReviewOutcome),
    KEPT_REASON("kept_reason", "存続理由", ProcedureCsvLine::keptReason),
    STATUS("status", "状況", ProcedureCsvLine::status),
    FISCAL_YEAR("fiscal_year", "計画年度", ProcedureCsvLine::fiscalYear),
    COMPLETED_ON("completed_on", "完了日", ProcedureCsvLine::completedOn),
    FORM_ID("form_id", "様式ID", ProcedureCsvLine::formId),
    REVISION_REASON("revision_reason", "見直し理由", ProcedureCsvLine::revisionReason),
    STATUS_NOTE("status_note", "備考", ProcedureCsvLine::statusNote),
    ABOLISHED_ON("abolished_on", "廃止日", ProcedureCsvLine::abolishedOn);

    /** The columns every file must have. */
    static final List<ProcedureCsvColumn> REQUIRED = List.of(CODE, NAME, KANA, DEPARTMENT, CATEGORY);

    private static final Map<String, ProcedureCsvColumn> BY_NAME = new HashMap<>();

    static {
        for (ProcedureCsvColumn column : values()) {
            BY_NAME.put(column.en, column);
            BY_NAME.put(column.ja, column);
        }
    }

    final String en;
    final String ja;
    private final Function<ProcedureCsvLine, String> cell;

    ProcedureCsvColumn(String en, String ja, Function<ProcedureCsvLine, String> cell) {
        this.en = en;
        this.ja = ja;
        this.cell = cell;
    }

    /** The column a header names, in either language, whatever its width or (English) case. */
    static Optional<ProcedureCsvColumn> named(String header) {
        String name = Normalizer.normalize(header, Normalizer.Form.NFKC).strip();
        return Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT))).or(() -> Optional.ofNullable(
                BY_NAME.get(name)));
    }

    /** The column's name in the given language. */
    String header(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? en : ja;
    }

    /** This column's cell of a line. */
    String of(ProcedureCsvLine line) {
        return cell.apply(line);
    }
}
