package org.madoguchi.applications.adapter.in.rest.csv;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.madoguchi.platform.csv.SpreadsheetFormulaGuard;
import org.madoguchi.platform.problem.FieldError;
import org.madoguchi.platform.problem.ProblemException;

/** Writes the usage report as CSV in the import's shape, so that the file imports again as it is. */
public final class UsageCsvWriter {

    /**
     * Characters CP932 has a single code for where Unicode has two: a CP932 file carries the second of each
     * pair (〜 WAVE DASH as ～ FULLWIDTH TILDE and the like), so an export writes that one.
     */
    private static final Map<Character, Character> CP932_FORMS = Map.of('\u301C', '\uFF5E', '\u2212', '\uFF0D',
            '\u2016', '\u2225', '\u2014', '\u2015', '\u00A2', '\uFFE0', '\u00A3', '\uFFE1', '\u00AC', '\uFFE2',
            '\u00A6', '\uFFE4');

    private UsageCsvWriter() {
    }

    /**
     * The lines as CSV in {@code charset}, with the header in the given language: UTF-8 with a BOM (so that
     * Excel recognises it), or CP932 (Shift_JIS as Excel reads it). Cells are guarded against spreadsheet
     * formulas.
     *
     * @throws ProblemException 422 {@code usage-export-unencodable} naming every cell with a character the
     *                          charset cannot write (an emoji in Shift_JIS, say)
     */
    public static byte[] write(List<UsageCsvLine> lines, Charset charset, Locale locale) {
        boolean cp932 = charset.equals(CsvCharset.CP932);
        CharsetEncoder encoder = charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        List<FieldError> unencodable = new ArrayList<>();
        StringWriter text = new StringWriter();
        if (!cp932) {
            text.write('\uFEFF');
        }
        try (CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(UsageCsvHeader.in(locale)).get()
                .print(text)) {
            long row = 0;
            for (UsageCsvLine line : lines) {
                row++;
                String category = cell(line.category(), cp932);
                String item = cell(line.item(), cp932);
                check(encoder, row, UsageCsvColumn.CATEGORY, category, unencodable);
                check(encoder, row, UsageCsvColumn.ITEM, item, unencodable);
                printer.printRecord(cell(line.fiscalYear(), cp932), category, item, line.submissions());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the usage report", e);
        }
        if (!unencodable.isEmpty()) {
            throw ProblemException.unprocessable("usage-export-unencodable", unencodable.size(),
                    CsvCharset.displayName(charset)).withFieldErrors(unencodable);
        }
        try {
            ByteBuffer bytes = encoder.reset().encode(CharBuffer.wrap(text.getBuffer()));
            byte[] out = new byte[bytes.remaining()];
            bytes.get(out);
            return out;
        } catch (CharacterCodingException unexpected) {
            throw ProblemException.unprocessable("usage-export-unencodable", 1, CsvCharset.displayName(charset))
                    .causedBy(unexpected);
        }
    }

    /** A cell as written: guarded against formulas, in the forms CP932 carries. */
    private static String cell(String value, boolean cp932) {
        if (value == null) {
            return "";
        }
        String carried = value;
        if (cp932) {
            StringBuilder forms = new StringBuilder(value.length());
            for (int i = 0; i < value.length(); i++) {
                forms.append(CP932_FORMS.getOrDefault(value.charAt(i), value.charAt(i)));
            }
            carried = forms.toString();
        }
        return SpreadsheetFormulaGuard.guarded(carried);
    }

    private static void check(CharsetEncoder encoder, long row, UsageCsvColumn column, String cell,
            List<FieldError> unencodable) {
        if (!cell.isEmpty() && !encoder.canEncode(cell)) {
            Set<String> found = new LinkedHashSet<>();
            cell.codePoints().forEach(codePoint -> {
                String character = new String(Character.toChars(codePoint));
                if (!encoder.canEncode(character)) {
                    found.add(character + " (U+" + String.format(Locale.ROOT, "%04X", codePoint) + ")");
                }
            });
            unencodable.add(FieldError.of("rows[" + row + "]." + column.en, "usage-csv-unencodable-cell", cell,
                    String.join(", ", found)));
        }
    }
}
