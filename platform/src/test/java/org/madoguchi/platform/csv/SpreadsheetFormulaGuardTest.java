package org.madoguchi.platform.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Cells a spreadsheet would evaluate are written as text, and read back as they were. */
class SpreadsheetFormulaGuardTest {

    @Test
    void a_formula_start_gets_one_leading_quote_and_other_text_none() {
        for (String formula : new String[] { "=1+1", "+81", "-1", "@SUM(A1)", "\tx", "\rx", "'=x" }) {
            assertThat(SpreadsheetFormulaGuard.guarded(formula)).as(formula).isEqualTo("'" + formula);
        }
        for (String text : new String[] { "住民票の写し", "0120-95-0178", "'quoted", "", "a=b" }) {
            assertThat(SpreadsheetFormulaGuard.guarded(text)).as(text).isEqualTo(text);
        }
        assertThat(SpreadsheetFormulaGuard.guarded(null)).isNull();
    }

    @Test
    void what_was_guarded_reads_back_as_it_was() {
        for (String cell : new String[] { "=1+1", "'=x", "''@y", "'quoted", "普通の文", "-" }) {
            assertThat(SpreadsheetFormulaGuard.unguarded(SpreadsheetFormulaGuard.guarded(cell))).as(cell)
                    .isEqualTo(cell);
        }
    }
}
