package org.madoguchi.applications.adapter.in.rest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.madoguchi.applications.adapter.in.rest.csv.CsvCharset;
import org.madoguchi.applications.adapter.in.rest.csv.CsvUpload;
import org.madoguchi.applications.adapter.in.rest.csv.UsageCsvReader;
import org.madoguchi.applications.adapter.in.rest.csv.UsageCsvWriter;
import org.madoguchi.applications.application.port.in.ImportUsageFiguresCommand;
import org.madoguchi.applications.application.port.in.ImportUsageFiguresUseCase;
import org.madoguchi.applications.application.port.in.UsageStatisticsQueries;
import org.madoguchi.applications.config.ApplicationsConfig;
import org.madoguchi.applications.domain.model.BreakdownRule;
import org.madoguchi.applications.domain.model.UsageReport;
import org.madoguchi.platform.calendar.FiscalYear;
import org.madoguchi.platform.failure.InvalidInput;
import org.madoguchi.platform.problem.DomainFailureMappers;
import org.madoguchi.platform.problem.ProblemException;
import org.madoguchi.platform.problem.ResponseLanguage;
import org.madoguchi.platform.security.Roles;

/**
 * 利用実績: usage statistics per fiscal year as JSON and as CSV (UTF-8 with BOM or Shift_JIS), and the import of
 * the figures from before the system. The CSV has a path of its own ({@code usage.csv}) rather than content
 * negotiation, so that a plain download link in a browser or a spreadsheet fetches it.
 */
@Path("/api/v1/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "statistics", description = "利用実績: usage statistics per fiscal year (staff, 情報政策課)")
public class UsageStatisticsResource {

    private final UsageStatisticsQueries queries;
    private final ImportUsageFiguresUseCase importer;
    private final Actors actors;
    private final ApplicationsConfig config;

    UsageStatisticsResource(UsageStatisticsQueries queries, ImportUsageFiguresUseCase importer, Actors actors,
            ApplicationsConfig config) {
        this.queries = queries;
        this.importer = importer;
        this.actors = actors;
        this.config = config;
    }

    @GET
    @Path("/usage")
    @RolesAllowed({ Roles.STAFF, Roles.INFO_POLICY })
    @Operation(summary = "Usage of a fiscal year (令和4年度, R4, FY2022, 2022) by category, most used first (JSON)")
    public UsageReportResponse usage(@QueryParam("fiscalYear") String fiscalYear) {
        return UsageReportResponse.of(queries.usage(actors.current(), parse(fiscalYear)));
    }

    @GET
    @Path("/usage.csv")
    @Produces("text/csv")
    @RolesAllowed({ Roles.STAFF, Roles.INFO_POLICY })
    @Operation(summary = "Usage of a fiscal year as CSV in the import's shape; encoding utf-8 (with BOM) or shift_jis,"
            + " headers and names in the caller's language; cells that would start a spreadsheet formula get a"
            + " leading '; 422 usage-export-unencodable when a character cannot be written in Shift_JIS")
    public Response usageCsv(@QueryParam("fiscalYear") String fiscalYear,
            @QueryParam("encoding") @DefaultValue("utf-8") String encoding,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        FiscalYear year = parse(fiscalYear);
        Charset charset = CsvCharset.named(encoding);
        Locale locale = ResponseLanguage.of(acceptLanguage);
        UsageReport report = queries.usage(actors.current(), year);
        byte[] csv = UsageCsvWriter.write(StatisticsWording.csvLines(report, locale), charset, locale);
        StreamingOutput output = out -> out.write(csv);
        return Response.ok(output, "text/csv; charset=" + CsvCharset.displayName(charset))
                .header("Content-Disposition", "attachment; filename=\"usage-" + year.gregorianLabel() + ".csv\"")
                .build();
    }

    @POST
    @Path("/usage/imports")
    @Consumes({ "text/csv", MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN })
    @RolesAllowed(Roles.INFO_POLICY)
    @Operation(summary = "Import usage figures from before the system (情報政策課): CSV fiscal_year,category,item,"
            + "submissions in UTF-8 or Shift_JIS; each fiscal year in the file replaces that year's imported figures,"
            + " all or nothing; breakdowns=exact (default) refuses a total that differs from the sum of its rows,"
            + " breakdowns=partial accepts a larger total and shows the rest as not itemised")
    public UsageImportResponse importCsv(InputStream body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @QueryParam("encoding") String encoding, @QueryParam("breakdowns") @DefaultValue("exact") String breakdowns)
            throws IOException {
        BreakdownRule rule = breakdownRule(breakdowns);
        ApplicationsConfig.Statistics.Import limits = config.statistics().csvImport();
        byte[] bytes = CsvUpload.read(body, limits.maxBytes());
        Charset charset = CsvCharset.of(bytes, encoding != null ? encoding : CsvCharset.declaredIn(contentType));
        List<ImportUsageFiguresCommand.Line> lines = UsageCsvReader.read(CsvCharset.decode(bytes, charset));
        if (lines.size() > limits.maxRows()) {
            throw new ProblemException(413, "usage-import-too-many-rows", lines.size(), limits.maxRows());
        }
        try {
            return UsageImportResponse.of(importer.importFigures(new ImportUsageFiguresCommand(lines, rule,
                    actors.current())), charset, rule);
        } catch (InvalidInput rejected) {
            throw rejectedFile(rejected);
        }
    }

    private static FiscalYear parse(String text) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        FiscalYear[] year = new FiscalYear[1];
        errors.check("fiscalYear", () -> year[0] = FiscalYear.parse(text));
        errors.throwIfAny();
        return year[0];
    }

    private static BreakdownRule breakdownRule(String text) {
        for (BreakdownRule rule : BreakdownRule.values()) {
            if (rule.name().equalsIgnoreCase(text.strip())) {
                return rule;
            }
        }
        throw InvalidInput.of("breakdowns", "unknown-value", text);
    }

    /** The import's refusal: 422 with the number of bad lines, and each bad field of each. */
    private static ProblemException rejectedFile(InvalidInput rejected) {
        long lines = rejected.violations().stream().map(v -> v.field().replaceAll("^(lines\\[\\d+\\]).*$", "$1"))
                .distinct().count();
        return ProblemException.unprocessable("usage-import-rejected", lines)
                .withFieldErrors(DomainFailureMappers.problemOf(rejected).fieldErrors()).causedBy(rejected);
    }
}
