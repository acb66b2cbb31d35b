package org.madoguchi.procedures.adapter.in.rest.csv;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVRecord;
import org.madoguchi.platform.problem.ProblemException;

/**
 * The header line of a procedure CSV: which column each header names, in any order and in either
 * language. Unknown names and missing required columns refuse the file, each named.
 */
final class ProcedureCsvHeader {

    private final Map<ProcedureCsvColumn, String> headers;

    private ProcedureCsvHeader(Map<ProcedureCsvColumn, String> headers) {
        this.headers = headers;
    }

    /**
     * The header of a file.
     *
     * @throws ProblemException 400 {@code csv-header} with an error per unknown or missing column
     */
    static ProcedureCsvHeader read(List<String> headerNames) {
        Map<ProcedureCsvColumn, String> found = new EnumMap<>(ProcedureCsvColumn.class);
        ProblemException problem = null;
        for (String header : headerNames) {
            if (header == null || header.isBlank()) {
                continue;
            }
            Optional<ProcedureCsvColumn> column = ProcedureCsvColumn.named(header);
            if (column.isEmpty()) {
                problem = (problem == null ? ProblemException.badRequest("csv-header", 1) : problem)
                        .withFieldError("header." + header, "csv-unknown-column", header);
            } else {
                found.put(column.get(), header);
            }
        }
        for (ProcedureCsvColumn required : ProcedureCsvColumn.REQUIRED) {
            if (!found.containsKey(required)) {
                problem = (problem == null ? ProblemException.badRequest("csv-header", 1) : problem)
                        .withFieldError("header." + required.en, "csv-missing-column", required.ja, required.en);
            }
        }
        if (problem != null) {
            throw problem;
        }
        return new ProcedureCsvHeader(found);
    }

    /** The header line an export writes, in the given language. */
    static String[] in(Locale locale) {
        ProcedureCsvColumn[] columns = ProcedureCsvColumn.values();
        String[] header = new String[columns.length];
        for (int i = 0; i < columns.length; i++) {
            header[i] = columns[i].header(locale);
        }
        return header;
    }

    /** A record's cell of the column as it was before the export guarded it; {@code null} without the column. */
    String cell(CSVRecord record, ProcedureCsvColumn column) {
        String header = headers.get(column);
        return header == null || !record.isSet(header) ? null : SpreadsheetFormulaGuard.unguarded(record.get(header));
    }
}
