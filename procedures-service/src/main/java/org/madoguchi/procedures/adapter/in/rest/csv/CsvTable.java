package org.madoguchi.procedures.adapter.in.rest.csv;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** A table of a report as CSV text (RFC 4180), with the BOM by which Excel knows it is UTF-8. */
public final class CsvTable {

    private CsvTable() {
    }

    /** The header line, then one line per record; cells are written as their {@code toString()}. */
    public static String of(List<String> header, List<? extends List<?>> records) {
        StringWriter csv = new StringWriter();
        csv.write('\uFEFF');
        try (CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get()
                .print(csv)) {
            for (List<?> record : records) {
                printer.printRecord(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return csv.toString();
    }
}
