package org.madoguchi.procedures.adapter.in.rest.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.madoguchi.platform.problem.ProblemException;
import org.madoguchi.procedures.application.port.in.ImportProceduresCommand;

/**
 * Reads a procedure CSV into the lines of an import: one header line, columns in any order and named in
 * either language, blank lines skipped, each line numbered as an editor shows it.
 */
public final class ProcedureCsvReader {

    private static final Pattern LINE = Pattern.compile("line (\\d+)");

    private ProcedureCsvReader() {
    }

    /**
     * The lines of a CSV text, in the order of the file.
     *
     * @throws ProblemException 400 for a malformed file or a header without the required columns, naming the line
     */
    public static List<ImportProceduresCommand.Line> read(String text) {
        return records(text).stream().map(ProcedureCsvLine::toImportLine).toList();
    }

    private static List<ProcedureCsvLine> records(String text) {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).setTrim(true).get()
                .parse(new StringReader(text))) {
            ProcedureCsvHeader header = ProcedureCsvHeader.read(parser.getHeaderNames());
            List<ProcedureCsvLine> lines = new ArrayList<>();
            PhysicalLines physical = new PhysicalLines(text);
            for (CSVRecord record : parser) {
                if (isBlank(record)) {
                    continue;
                }
                long number = physical.startOf(record.getCharacterPosition());
                if (!record.isConsistent()) {
                    throw ProblemException.badRequest("csv-malformed", number)
                            .withFieldError("lines[" + number + "]", "csv-column-count", record.size(),
                                    parser.getHeaderNames().size());
                }
                lines.add(line(number, record, header));
            }
            return lines;
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException malformed) {
            throw ProblemException.badRequest("csv-malformed", lineOf(malformed)).causedBy(malformed);
        }
    }

    private static ProcedureCsvLine line(long number, CSVRecord record, ProcedureCsvHeader header) {
        return new ProcedureCsvLine(number, header.cell(record, ProcedureCsvColumn.CODE),
                header.cell(record, ProcedureCsvColumn.NAME), header.cell(record, ProcedureCsvColumn.KANA),
                header.cell(record, ProcedureCsvColumn.DEPARTMENT), header.cell(record, ProcedureCsvColumn.CATEGORY),
                header.cell(record, ProcedureCsvColumn.DESCRIPTION), header.cell(record, ProcedureCsvColumn.LEGAL_BASIS),
                header.cell(record, ProcedureCsvColumn.SEAL_REQUIRED),
                header.cell(record, ProcedureCsvColumn.PAPER_REQUIRED),
                header.cell(record, ProcedureCsvColumn.IN_PERSON_REQUIRED),
                header.cell(record, ProcedureCsvColumn.SEAL_REVIEW_OUTCOME),
                header.cell(record, ProcedureCsvColumn.KEPT_REASON), header.cell(record, ProcedureCsvColumn.STATUS),
                header.cell(record, ProcedureCsvColumn.FISCAL_YEAR), header.cell(record, ProcedureCsvColumn.COMPLETED_ON),
                header.cell(record, ProcedureCsvColumn.FORM_ID), header.cell(record, ProcedureCsvColumn.REVISION_REASON),
                header.cell(record, ProcedureCsvColumn.STATUS_NOTE),
                header.cell(record, ProcedureCsvColumn.ABOLISHED_ON));
    }

    private static boolean isBlank(CSVRecord record) {
        for (String value : record) {
            if (value != null && !value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static long lineOf(Exception malformed) {
        Matcher matcher = LINE.matcher(String.valueOf(malformed.getMessage()));
        return matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
    }
}
