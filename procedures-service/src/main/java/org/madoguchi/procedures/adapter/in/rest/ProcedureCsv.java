package org.madoguchi.procedures.adapter.in.rest;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.madoguchi.platform.problem.FieldError;
import org.madoguchi.platform.problem.ProblemException;
import org.madoguchi.procedures.application.port.in.ImportProceduresCommand;

/**
 * The CSV shape of procedures, for import and export alike: one header line whose columns may be
 * named in Japanese (as exported for city staff) or in English, in any order. Files come in UTF-8 (with
 * or without BOM) or in Shift_JIS/CP932 as Excel saves them; without a declared charset, bytes that are
 * not valid UTF-8 are read as CP932.
 */
final class ProcedureCsv {

    /** Windows-31J: Shift_JIS as Windows and Excel write it (with NEC and IBM extensions). */
    static final Charset CP932 = Charset.forName("MS932");

    /** The columns: English name, Japanese name, and how a row's value is read. */
    enum Column {
        CODE("code", "手続きコード", ProcedureRow::code),
        NAME("name", "手続き名", ProcedureRow::name),
        KANA("kana", "よみがな", ProcedureRow::kana),
        DEPARTMENT("department", "担当課", ProcedureRow::department),
        CATEGORY("category", "分類", ProcedureRow::category),
        DESCRIPTION("description", "説明", ProcedureRow::description),
        LEGAL_BASIS("legal_basis", "根拠法令", ProcedureRow::legalBasis),
        SEAL_REQUIRED("seal_required", "押印", ProcedureRow::sealRequired),
        PAPER_REQUIRED("paper_required", "書面", ProcedureRow::paperRequired),
        IN_PERSON_REQUIRED("in_person_required", "対面", ProcedureRow::inPersonRequired),
        SEAL_REVIEW_OUTCOME("seal_review_outcome", "見直し結果", ProcedureRow::sealReviewOutcome),
        KEPT_REASON("kept_reason", "存続理由", ProcedureRow::keptReason),
        STATUS("status", "状況", ProcedureRow::status),
        FISCAL_YEAR("fiscal_year", "計画年度", ProcedureRow::fiscalYear),
        COMPLETED_ON("completed_on", "完了日", ProcedureRow::completedOn),
        FORM_ID("form_id", "様式ID", ProcedureRow::formId),
        REVISION_REASON("revision_reason", "見直し理由", ProcedureRow::revisionReason),
        STATUS_NOTE("status_note", "備考", ProcedureRow::statusNote),
        ABOLISHED_ON("abolished_on", "廃止日", ProcedureRow::abolishedOn);

        final String en;
        final String ja;
        final Function<ProcedureRow, String> value;

        Column(String en, String ja, Function<ProcedureRow, String> value) {
            this.en = en;
            this.ja = ja;
            this.value = value;
        }

        String header(Locale locale) {
            return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? en : ja;
        }
    }

    private static final Map<String, Column> BY_HEADER = new HashMap<>();
    private static final Pattern LINE = Pattern.compile("line (\\d+)");
    /** A cell a spreadsheet would take for a formula, behind any number of quote marks. */
    private static final Pattern FORMULA_START = Pattern.compile("'*[=+\\-@\t\r]");
    /** Procedure codes an export problem names before it says "and more". */
    private static final int CODES_NAMED = 20;

    static {
        for (Column column : Column.values()) {
            BY_HEADER.put(column.en, column);
            BY_HEADER.put(column.ja, column);
        }
    }

    private ProcedureCsv() {
    }

    /**
     * The character set of an upload: the declared one (Shift_JIS, SJIS, CP932, Windows-31J all mean
     * CP932), or UTF-8 when the bytes are valid UTF-8, else CP932.
     */
    static Charset charsetOf(byte[] bytes, String declared) {
        if (declared != null && !declared.isBlank()) {
            String name = declared.strip().toLowerCase(Locale.ROOT).replace("_", "-");
            switch (name) {
                case "shift-jis", "sjis", "cp932", "ms932", "windows-31j", "x-sjis" -> {
                    return CP932;
                }
                case "utf-8", "utf8" -> {
                    return StandardCharsets.UTF_8;
                }
                default -> throw ProblemException.badRequest("unsupported-encoding", declared);
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException notUtf8) {
            return CP932;
        }
    }

    /** The text of an upload in its character set; bytes that the set cannot read are refused. */
    static String decode(byte[] bytes, Charset charset) {
        try {
            String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException unreadable) {
            throw ProblemException.badRequest("csv-unreadable", charset.name());
        }
    }

    /**
     * The rows of a CSV text; a malformed file or a header without the required columns is refused
     * with a 400 problem naming the line.
     */
    static List<ProcedureRow> read(String text) {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).setTrim(true).get()
                .parse(new StringReader(text))) {
            Map<Column, String> headers = columns(parser.getHeaderNames());
            List<ProcedureRow> rows = new ArrayList<>();
            PhysicalLines lines = new PhysicalLines(text);
            for (CSVRecord record : parser) {
                if (isBlank(record)) {
                    continue;
                }
                long line = lines.startOf(record.getCharacterPosition());
                if (!record.isConsistent()) {
                    throw ProblemException.badRequest("csv-malformed", line)
                            .withFieldError("lines[" + line + "]", "csv-column-count", record.size(),
                                    parser.getHeaderNames().size());
                }
                rows.add(new ProcedureRow(line, get(record, headers, Column.CODE), get(record, headers, Column.NAME),
                        get(record, headers, Column.KANA), get(record, headers, Column.DEPARTMENT),
                        get(record, headers, Column.CATEGORY), get(record, headers, Column.DESCRIPTION),
                        get(record, headers, Column.LEGAL_BASIS), get(record, headers, Column.SEAL_REQUIRED),
                        get(record, headers, Column.PAPER_REQUIRED), get(record, headers, Column.IN_PERSON_REQUIRED),
                        get(record, headers, Column.SEAL_REVIEW_OUTCOME), get(record, headers, Column.KEPT_REASON),
                        get(record, headers, Column.STATUS), get(record, headers, Column.FISCAL_YEAR),
                        get(record, headers, Column.COMPLETED_ON), get(record, headers, Column.FORM_ID),
                        get(record, headers, Column.REVISION_REASON), get(record, headers, Column.STATUS_NOTE),
                        get(record, headers, Column.ABOLISHED_ON)));
            }
            return rows;
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException malformed) {
            throw ProblemException.badRequest("csv-malformed", lineOf(malformed)).causedBy(malformed);
        }
    }

    private static Map<Column, String> columns(List<String> headerNames) {
        Map<Column, String> found = new LinkedHashMap<>();
        ProblemException problem = null;
        for (String header : headerNames) {
            if (header == null || header.isBlank()) {
                continue;
            }
            Column column = BY_HEADER.get(Normalizer.normalize(header, Normalizer.Form.NFKC).strip()
                    .toLowerCase(Locale.ROOT));
            if (column == null) {
                column = BY_HEADER.get(Normalizer.normalize(header, Normalizer.Form.NFKC).strip());
            }
            if (column == null) {
                problem = (problem == null ? ProblemException.badRequest("csv-header", 1) : problem)
                        .withFieldError("header." + header, "csv-unknown-column", header);
            } else {
                found.put(column, header);
            }
        }
        for (Column required : List.of(Column.CODE, Column.NAME, Column.KANA, Column.DEPARTMENT, Column.CATEGORY)) {
            if (!found.containsKey(required)) {
                problem = (problem == null ? ProblemException.badRequest("csv-header", 1) : problem)
                        .withFieldError("header." + required.en, "csv-missing-column", required.ja, required.en);
            }
        }
        if (problem != null) {
            throw problem;
        }
        return found;
    }

    private static String get(CSVRecord record, Map<Column, String> headers, Column column) {
        String header = headers.get(column);
        return header == null || !record.isSet(header) ? null : unguarded(record.get(header));
    }

    /**
     * A cell as a spreadsheet shows it as text: one that starts with {@code = + - @}, a tab or a carriage
     * return (which Excel and LibreOffice would read as a formula) gets a leading {@code '}, and so does
     * one that already starts with {@code '} before such a character, so that import takes exactly one off.
     */
    static String guarded(String cell) {
        return cell != null && FORMULA_START.matcher(cell).lookingAt() ? "'" + cell : cell;
    }

    /**
     * A cell as it was before {@link #guarded}: one leading {@code '} is taken off when more {@code '} or
     * a formula character follow it; any other {@code '} is text.
     */
    static String unguarded(String cell) {
        return cell != null && cell.startsWith("'") && FORMULA_START.matcher(cell).lookingAt() ? cell.substring(1)
                : cell;
    }

    private static boolean isBlank(CSVRecord record) {
        for (String value : record) {
            if (value != null && !value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The line of the text a record starts on, as an editor numbers lines: quoted cells may span
     * lines, and the parser skips empty lines, so record numbers do not tell it. Records are asked
     * for in order, so the text is read once.
     */
    private static final class PhysicalLines {

        private final String text;
        private int position;
        private long line = 1;

        PhysicalLines(String text) {
            this.text = text;
        }

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

    private static long lineOf(Exception malformed) {
        String message = String.valueOf(malformed.getMessage());
        Matcher matcher = LINE.matcher(message);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
    }

    /** Writes the header line in the given language. */
    static CSVPrinter printer(Writer writer, Locale locale) throws IOException {
        List<String> header = new ArrayList<>();
        for (Column column : Column.values()) {
            header.add(column.header(locale));
        }
        return CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get().print(writer);
    }

    /**
     * Every procedure as CSV in {@code charset}, with the header in the given language: UTF-8 with a BOM
     * (so that Excel recognises it), or CP932 with the characters CP932 writes as their fullwidth forms
     * (〜 as ～ and the like) replaced by those. Cells are {@link #guarded} against formulas.
     *
     * @param source calls its argument with each procedure
     * @throws ProblemException 422 {@code export-unencodable} naming the procedures and rows with a
     *                          character the charset cannot write (an emoji in Shift_JIS, say)
     */
    static byte[] export(Charset charset, Locale locale, Consumer<Consumer<ProcedureRow>> source) {
        boolean cp932 = charset.equals(CP932);
        ImportProceduresCommand.Encoding encoding = cp932 ? ImportProceduresCommand.Encoding.CP932
                : ImportProceduresCommand.Encoding.UTF_8;
        CharsetEncoder encoder = charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        StringWriter text = new StringWriter();
        Set<String> codes = new LinkedHashSet<>();
        List<FieldError> unencodable = new ArrayList<>();
        try {
            if (!cp932) {
                text.write('\uFEFF');
            }
            CSVPrinter printer = printer(text, locale);
            long[] rowNumber = { 0 };
            source.accept(row -> {
                rowNumber[0]++;
                List<String> values = new ArrayList<>();
                for (Column column : Column.values()) {
                    String cell = guarded(encoding.carried(column.value.apply(row)));
                    if (cell != null && !encoder.canEncode(cell)) {
                        codes.add(row.code());
                        unencodable.add(FieldError.of("rows[" + rowNumber[0] + "]." + column.en,
                                "csv-unencodable-cell", row.code(), unencodableIn(cell, encoder)));
                    }
                    values.add(cell);
                }
                try {
                    printer.printRecord(values);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the export", e);
        }
        if (!unencodable.isEmpty()) {
            throw unencodable(charset, codes).withFieldErrors(unencodable);
        }
        try {
            ByteBuffer bytes = encoder.reset().encode(CharBuffer.wrap(text.getBuffer()));
            byte[] out = new byte[bytes.remaining()];
            bytes.get(out);
            return out;
        } catch (CharacterCodingException unexpected) {
            throw unencodable(charset, codes).causedBy(unexpected);
        }
    }

    private static ProblemException unencodable(Charset charset, Set<String> codes) {
        String named = String.join(", ", codes.stream().limit(CODES_NAMED).toList())
                + (codes.size() > CODES_NAMED ? ", …" : "");
        return ProblemException.unprocessable("export-unencodable", codes.size(), named,
                charset.equals(CP932) ? "Shift_JIS" : charset.name());
    }

    /** The characters of a cell that the encoder cannot write, each once, as {@code 😀 (U+1F600)}. */
    private static String unencodableIn(String cell, CharsetEncoder encoder) {
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
