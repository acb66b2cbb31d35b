package org.madoguchi.procedures.application.port.in;

import java.util.List;
import java.util.Map;

import org.madoguchi.procedures.domain.model.Editor;

/**
 * 一括登録: imports procedures from a CSV file, keyed by procedure code: new codes are registered,
 * known ones brought up to date, identical ones left alone, so importing a file twice changes
 * nothing. All or nothing: one bad line rejects the file, with a report of every bad line.
 */
public interface ImportProceduresUseCase {

    /**
     * Imports the rows.
     *
     * @throws org.madoguchi.procedures.domain.model.InvalidInput with one violation per bad field of each
     *                                                          bad line ({@code lines[<n>].<field>})
     */
    default ImportReport importProcedures(List<ProcedureRow> rows, Editor editor) {
        return importProcedures(rows, editor, Encoding.UTF_8);
    }

    /**
     * Imports the rows of a file that came in the given encoding: text of a CP932 file that differs
     * from the stored text only in characters CP932 cannot tell apart leaves the stored text as it is,
     * so that exporting in Shift_JIS and importing the file again changes nothing.
     *
     * @throws org.madoguchi.procedures.domain.model.InvalidInput with one violation per bad field of each
     *                                                          bad line ({@code lines[<n>].<field>})
     */
    ImportReport importProcedures(List<ProcedureRow> rows, Editor editor, Encoding encoding);

    /**
     * The character set a CSV file comes in. CP932 (Shift_JIS as Windows and Excel write it) has a
     * single code for characters that Unicode tells apart: 〜 WAVE DASH and ～ FULLWIDTH TILDE, − MINUS
     * SIGN and － FULLWIDTH HYPHEN-MINUS, ‖ DOUBLE VERTICAL LINE and ∥ PARALLEL TO, — EM DASH and ―
     * HORIZONTAL BAR, and ¢ £ ¬ ¦ and their fullwidth forms; a CP932 file carries the second of each pair.
     */
    enum Encoding {
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

    /**
     * What an import did.
     *
     * @param rows          lines read
     * @param registered    new procedures
     * @param edited        procedures whose details changed
     * @param statusChanged procedures whose status changed
     * @param unchanged     lines that changed nothing
     */
    record ImportReport(int rows, int registered, int edited, int statusChanged, int unchanged) {
    }
}
