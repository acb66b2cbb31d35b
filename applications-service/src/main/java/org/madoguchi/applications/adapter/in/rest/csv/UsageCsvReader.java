package org.madoguchi.applications.adapter.in.rest.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.madoguchi.applications.application.port.in.ImportUsageFiguresCommand;
import org.madoguchi.platform.calendar.FiscalYear;
import org.madoguchi.platform.failure.InvalidInput;
import org.madoguchi.platform.problem.ProblemException;

/**
 * Reads a usage file ({@code fiscal_year,category,item,submissions}, or 年度,集計区分,内訳,件数) into the lines of
 * an import: one header line, columns in any order, blank lines skipped, each line numbered as an editor shows
 * it. Fiscal years are read as people write them (令和4年度, R4, FY2022, 2022); counts in half- or full-width
 * digits, with or without thousands separators (29,419).
 */
public final class UsageCsvReader {

    private static final Pattern LINE = Pattern.compile("line (\\d+)");
    private static final Pattern COUNT = Pattern.compile("^[+-]?(\\d{1,3}(,\\d{3})+|\\d+)$");

    private UsageCsvReader() {
    }

    /**
     * The lines of a CSV text, in the order of the file.
     *
     * @throws ProblemException 400 for a malformed file or a header without the required columns, naming the line
     */
    public static List<ImportUsageFiguresCommand.Line> read(String text) {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).setTrim(true).get()
                .parse(new StringReader(text))) {
            UsageCsvHeader header = UsageCsvHeader.read(parser.getHeaderNames());
            List<ImportUsageFiguresCommand.Line> lines = new ArrayList<>();
            PhysicalLines physical = new PhysicalLines(text);
            for (CSVRecord record : parser) {
                if (isBlank(record)) {
                    continue;
                }
                long number = physical.startOf(record.getCharacterPosition());
                if (!record.isConsistent()) {
                    throw ProblemException.badRequest("usage-csv-malformed", number)
                            .withFieldError("lines[" + number + "]", "usage-csv-column-count", record.size(),
                                    parser.getHeaderNames().size());
                }
                lines.add(line(number, record, header));
            }
            return lines;
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException malformed) {
            throw ProblemException.badRequest("usage-csv-malformed", lineOf(malformed)).causedBy(malformed);
        }
    }

    private static ImportUsageFiguresCommand.Line line(long number, CSVRecord record, UsageCsvHeader header) {
        InvalidInput.Collector unreadable = new InvalidInput.Collector();
        FiscalYear fiscalYear = fiscalYear(header.cell(record, UsageCsvColumn.FISCAL_YEAR), unreadable);
        Long submissions = count(header.cell(record, UsageCsvColumn.SUBMISSIONS), unreadable);
        return new ImportUsageFiguresCommand.Line(number, fiscalYear, header.cell(record, UsageCsvColumn.CATEGORY),
                header.cell(record, UsageCsvColumn.ITEM), submissions, unreadable.violations());
    }

    /** 年度: 令和4年度, R4, FY2022, 2022; a blank cell is {@code null}. */
    static FiscalYear fiscalYear(String text, InvalidInput.Collector unreadable) {
        FiscalYear[] fiscalYear = new FiscalYear[1];
        if (text != null && !text.isBlank()) {
            unreadable.check("fiscalYear", () -> fiscalYear[0] = FiscalYear.parse(text));
        }
        return fiscalYear[0];
    }

    /** 件数: a whole number, full-width digits and thousands separators allowed; a blank cell is {@code null}. */
    static Long count(String text, InvalidInput.Collector unreadable) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        if (COUNT.matcher(value).matches()) {
            try {
                return Long.parseLong(value.replace(",", ""));
            } catch (NumberFormatException tooLarge) {
                // beyond any count: refused below like any other text
            }
        }
        unreadable.add("submissions", "not-a-count", text.strip());
        return null;
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
