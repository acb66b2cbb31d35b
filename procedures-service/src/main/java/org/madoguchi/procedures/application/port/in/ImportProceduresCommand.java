package org.madoguchi.procedures.application.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.madoguchi.platform.failure.InvalidInput;
import org.madoguchi.platform.failure.Violation;
import org.madoguchi.procedures.domain.model.Actor;
import org.madoguchi.procedures.domain.model.FiscalYear;
import org.madoguchi.procedures.domain.model.FormId;
import org.madoguchi.procedures.domain.model.ProcedureCode;
import org.madoguchi.procedures.domain.model.RevisionReason;
import org.madoguchi.procedures.domain.model.SealReview;
import org.madoguchi.procedures.domain.model.StatusKind;

/**
 * The lines of a CSV file to import, read into typed values.
 *
 * @param lines    the lines, in the order of the file; at least one
 * @param actor    who imports
 * @param encoding the character set the file came in
 */
public record ImportProceduresCommand(List<Line> lines, Actor actor, Encoding encoding) {

    public ImportProceduresCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(encoding, "encoding");
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw InvalidInput.of("lines", "import-empty");
        }
    }

    /**
     * One procedure as a line of the file. A value is {@code null} when its cell is empty, or when it
     * could not be read, in which case {@code unreadable} says why.
     *
     * @param number            line number in the file (1 is the header), for the error report
     * @param code              手続きコード
     * @param name              手続き名
     * @param kana              よみがな
     * @param department        担当課: code or Japanese name
     * @param category          分類
     * @param description       説明
     * @param legalBasis        根拠法令
     * @param sealRequired      押印 required before the review
     * @param paperRequired     書面 required before the review
     * @param inPersonRequired  対面 required before the review
     * @param sealReviewOutcome 見直し結果
     * @param keptReason        存続理由
     * @param status            状況; an empty cell is {@code NOT_PLANNED}
     * @param fiscalYear        計画年度
     * @param completedOn       完了日
     * @param formId            様式ID of a completed procedure
     * @param revisionReason    見直し理由
     * @param statusNote        備考 of a revision or abolition
     * @param abolishedOn       廃止日
     * @param unreadable        the cells that could not be read into their type, by field ({@code completedOn})
     */
    public record Line(long number, ProcedureCode code, String name, String kana, String department, String category,
            String description, String legalBasis, Boolean sealRequired, Boolean paperRequired,
            Boolean inPersonRequired, SealReview.Outcome sealReviewOutcome, String keptReason, StatusKind status,
            FiscalYear fiscalYear, LocalDate completedOn, FormId formId, RevisionReason revisionReason,
            String statusNote, LocalDate abolishedOn, List<Violation> unreadable) {

        public Line {
            unreadable = unreadable == null ? List.of() : List.copyOf(unreadable);
        }

        /** The violations of the cells of these fields, in the order they were found. */
        public List<Violation> unreadable(List<String> fields) {
            return unreadable.stream().filter(v -> fields.stream()
                    .anyMatch(field -> v.field().equals(field) || v.field().startsWith(field + "."))).toList();
        }

        /** Whether the cell of this field was given but could not be read. */
        public boolean isUnreadable(String field) {
            return !unreadable(List.of(field)).isEmpty();
        }
    }

    /**
     * The character set a CSV file comes in. CP932 (Shift_JIS as Windows and Excel write it) has a
     * single code for characters that Unicode tells apart: 〜 WAVE DASH and ～ FULLWIDTH TILDE, − MINUS
     * SIGN and － FULLWIDTH HYPHEN-MINUS, ‖ DOUBLE VERTICAL LINE and ∥ PARALLEL TO, — EM DASH and ―
     * HORIZONTAL BAR, and ¢ £ ¬ ¦ and their fullwidth forms; a CP932 file carries the second of each pair.
     * Text of a CP932 file that differs from the stored text only in such characters leaves the stored
     * text as it is, so that exporting in Shift_JIS and importing the file again changes nothing.
     */
    public enum Encoding {
        UTF_8,
        CP932;

        private static final Map<Character, Character> CP932_FORMS = Map.of('\u301C', '\uFF5E', '\u2212', '\uFF0D',
                '\u2016', '\u2225', '\u2014', '\u2015', '\u00A2', '\uFFE0', '\u00A3', '\uFFE1', '\u00AC', '\uFFE2',
                '\u00A6', '\uFFE4');

        /** The text as a file in this encoding carries it; {@code null} stays {@code null}. */
        public String carried(String text) {
            if (this == UTF_8 || text == null) {
                return text;
            }
            StringBuilder carried = null;
            for (int i = 0; i < text.length(); i++) {
                Character replacement = CP932_FORMS.get(text.charAt(i));
                if (replacement != null) {
                    if (carried == null) {
                        carried = new StringBuilder(text);
                    }
                    carried.setCharAt(i, replacement);
                }
            }
            return carried == null ? text : carried.toString();
        }
    }
}
