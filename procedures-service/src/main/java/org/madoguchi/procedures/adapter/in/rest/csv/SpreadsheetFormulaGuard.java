package org.madoguchi.procedures.adapter.in.rest.csv;

import java.util.regex.Pattern;

/**
 * Keeps spreadsheets from taking a cell for a formula: a cell that starts with {@code = + - @}, a tab or
 * a carriage return (which Excel and LibreOffice would evaluate) is written with a leading {@code '},
 * which they show as text, and an import takes exactly that one {@code '} off again.
 */
final class SpreadsheetFormulaGuard {

    /** A cell a spreadsheet would take for a formula, behind any number of quote marks. */
    private static final Pattern FORMULA_START = Pattern.compile("'*[=+\\-@\t\r]");

    private SpreadsheetFormulaGuard() {
    }

    /**
     * The cell as a spreadsheet shows it as text: a formula start gets a leading {@code '}, and so does a
     * cell that already starts with {@code '} before such a character, so that import takes exactly one off.
     */
    static String guarded(String cell) {
        return cell != null && FORMULA_START.matcher(cell).lookingAt() ? "'" + cell : cell;
    }

    /**
     * The cell as it was before {@link #guarded}: one leading {@code '} is taken off when more {@code '} or
     * a formula character follow it; any other {@code '} is text.
     */
    static String unguarded(String cell) {
        return cell != null && cell.startsWith("'") && FORMULA_START.matcher(cell).lookingAt() ? cell.substring(1)
                : cell;
    }
}
