package org.madoguchi.procedures.adapter.in.rest;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.madoguchi.platform.problem.ProblemException;
import org.madoguchi.procedures.application.port.in.ProcedureRow;

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
        return header == null || !record.isSet(header) ? null : record.get(header);
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

    /** Writes one procedure. */
    static void print(CSVPrinter printer, ProcedureRow row) {
        try {
            List<String> values = new ArrayList<>();
            for (Column column : Column.values()) {
                values.add(column.value.apply(row));
            }
            printer.printRecord(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
