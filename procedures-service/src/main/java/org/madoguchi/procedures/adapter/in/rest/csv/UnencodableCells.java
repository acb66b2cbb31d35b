package org.madoguchi.procedures.adapter.in.rest.csv;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.madoguchi.platform.problem.FieldError;
import org.madoguchi.platform.problem.ProblemException;

/**
 * The cells of an export that its character set cannot write (an emoji in Shift_JIS, say), gathered over
 * the whole file so that the refusal names every procedure and cell at once.
 */
final class UnencodableCells {

    /** Procedure codes the problem names before it says "and more". */
    private static final int CODES_NAMED = 20;

    private final Charset charset;
    private final CharsetEncoder encoder;
    private final Set<String> codes = new LinkedHashSet<>();
    private final List<FieldError> cells = new ArrayList<>();

    UnencodableCells(Charset charset, CharsetEncoder encoder) {
        this.charset = charset;
        this.encoder = encoder;
    }

    /** Notes the cell of an export row if the character set cannot write it. */
    void check(long row, ProcedureCsvColumn column, String code, String cell) {
        if (cell != null && !encoder.canEncode(cell)) {
            codes.add(code);
            cells.add(FieldError.of("rows[" + row + "]." + column.en, "csv-unencodable-cell", code,
                    characters(cell)));
        }
    }

    /** @throws ProblemException 422 {@code export-unencodable} naming every procedure and cell noted */
    void throwIfAny() {
        if (!cells.isEmpty()) {
            throw problem().withFieldErrors(cells);
        }
    }

    /** The refusal of the export, naming the procedures noted. */
    ProblemException problem() {
        String named = String.join(", ", codes.stream().limit(CODES_NAMED).toList())
                + (codes.size() > CODES_NAMED ? ", …" : "");
        return ProblemException.unprocessable("export-unencodable", codes.size(), named,
                CsvCharset.displayName(charset));
    }

    /** The characters of a cell that the encoder cannot write, each once, as {@code 😀 (U+1F600)}. */
    private String characters(String cell) {
        Set<String> found = new LinkedHashSet<>();
        cell.codePoints().forEach(codePoint -> {
            String character = new String(Character.toChars(codePoint));
            if (!encoder.canEncode(character)) {
                found.add(character + " (U+" + String.format(Locale.ROOT, "%04X", codePoint) + ")");
            }
        });
        return String.join(", ", found);
    }
}
