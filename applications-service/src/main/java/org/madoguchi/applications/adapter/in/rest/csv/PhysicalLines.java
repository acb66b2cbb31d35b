package org.madoguchi.applications.adapter.in.rest.csv;

/**
 * The line of a CSV text a record starts on, as an editor numbers lines: quoted cells may span lines,
 * and the parser skips empty lines, so record numbers do not tell it. Records are asked for in order,
 * so the text is read once.
 */
final class PhysicalLines {

    private final String text;
    private int position;
    private long line = 1;

    PhysicalLines(String text) {
        this.text = text;
    }

    /** The line of the record that starts at this character position (or after the empty lines there). */
    long startOf(long characterPosition) {
        int start = (int) Math.min(characterPosition, text.length());
        while (start < text.length() && (text.charAt(start) == '\r' || text.charAt(start) == '\n')) {
            start++; // empty lines the parser skipped before the record
        }
        for (; position < start; position++) {
            char c = text.charAt(position);
            if (c == '\n' || (c == '\r' && (position + 1 == text.length() || text.charAt(position + 1) != '\n'))) {
                line++;
            }
        }
        return line;
    }
}
