package org.madoguchi.applications.adapter.in.rest.csv;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVRecord;
import org.madoguchi.platform.csv.SpreadsheetFormulaGuard;
import org.madoguchi.platform.problem.ProblemException;

/**
 * The header line of a usage file: which column each header names, in any order and in either language.
 * Unknown names and missing required columns refuse the file, each named.
 */
final class UsageCsvHeader {

    private final Map<UsageCsvColumn, String> headers;

    private UsageCsvHeader(Map<UsageCsvColumn, String> headers) {
        this.headers = headers;
    }

    /**
     * The header of a file.
     *
     * @throws ProblemException 400 {@code usage-csv-header} with an error per unknown or missing column
     */
    static UsageCsvHeader read(List<String> headerNames) {
        Map<UsageCsvColumn, String> found = new EnumMap<>(UsageCsvColumn.class);
        ProblemException problem = null;
        for (String header : headerNames) {
            if (header == null || header.isBlank()) {
                continue;
            }
            Optional<UsageCsvColumn> column = UsageCsvColumn.named(header);
            if (column.isEmpty()) {
                problem = (problem == null ? ProblemException.badRequest("usage-csv-header") : problem)
                        .withFieldError("header." + header, "usage-csv-unknown-column", header);
            } else {
                found.put(column.get(), header);
            }
        }
        for (UsageCsvColumn required : UsageCsvColumn.REQUIRED) {
            if (!found.containsKey(required)) {
                problem = (problem == null ? ProblemException.badRequest("usage-csv-header") : problem)
                        .withFieldError("header." + required.en, "usage-csv-missing-column", required.ja, required.en);
            }
        }
        if (problem != null) {
            throw problem;
        }
        return new UsageCsvHeader(found);
    }

    /** The header line an export writes, in the given language. */
    static String[] in(Locale locale) {
        UsageCsvColumn[] columns = UsageCsvColumn.values();
        String[] header = new String[columns.length];
        for (int i = 0; i < columns.length; i++) {
            header[i] = columns[i].header(locale);
        }
        return header;
    }

    /** A record's cell of the column as it was before an export guarded it; {@code null} without the column. */
    String cell(CSVRecord record, UsageCsvColumn column) {
        String header = headers.get(column);
        return header == null || !record.isSet(header) ? null : SpreadsheetFormulaGuard.unguarded(record.get(header));
    }
}
