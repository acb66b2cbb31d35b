package org.madoguchi.applications.adapter.in.rest;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;

import org.madoguchi.applications.adapter.in.rest.csv.CsvCharset;
import org.madoguchi.applications.application.port.in.ImportUsageFiguresUseCase.ImportReport;
import org.madoguchi.applications.domain.model.BreakdownRule;

/**
 * What an import of usage figures stored.
 *
 * @param lines      lines read
 * @param encoding   the character set the file was read in
 * @param breakdowns the rule for category totals and their breakdown rows: {@code exact} or {@code partial}
 * @param years      each fiscal year whose imported figures were replaced
 */
public record UsageImportResponse(int lines, String encoding, String breakdowns,
        List<UsageImportedYearResponse> years) {

    static UsageImportResponse of(ImportReport report, Charset charset, BreakdownRule rule) {
        return new UsageImportResponse(report.lines(), CsvCharset.displayName(charset),
                rule.name().toLowerCase(Locale.ROOT),
                report.years().stream().map(UsageImportedYearResponse::of).toList());
    }
}
