package org.madoguchi.procedures.adapter.in.rest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.madoguchi.platform.failure.InvalidInput;
import org.madoguchi.platform.problem.ResponseLanguage;
import org.madoguchi.platform.security.Roles;
import org.madoguchi.procedures.adapter.in.rest.csv.CsvTable;
import org.madoguchi.procedures.application.port.in.ReportProgressQuery;
import org.madoguchi.procedures.domain.model.FiscalYear;
import org.madoguchi.procedures.domain.model.ProgressCounts;
import org.madoguchi.procedures.domain.model.ProgressReport;

/** 進捗報告: fiscal-year progress of the online-ization, the number online over time, checks of printed figures. */
@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.STAFF, Roles.PROCEDURE_ADMIN })
@Tag(name = "reports", description = "進捗報告: online-ization progress per fiscal year and department (staff)")
public class ReportResource {

    private final ReportProgressQuery reports;
    private final Clock clock;

    ReportResource(ReportProgressQuery reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @GET
    @Path("/fiscal-years/{fiscalYear}/progress")
    @Operation(summary = "Progress of a fiscal year's plan per department with 計 (JSON)")
    public ProgressResponse progress(@PathParam("fiscalYear") String fiscalYear) {
        return ProgressResponse.of(reports.progress(parse(fiscalYear)));
    }

    @GET
    @Path("/fiscal-years/{fiscalYear}/progress")
    @Produces("text/csv")
    @Operation(summary = "Progress of a fiscal year's plan per department with 計 (CSV, headers in the caller's language)")
    public Response progressCsv(@PathParam("fiscalYear") String fiscalYear,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        FiscalYear year = parse(fiscalYear);
        ProgressReport report = reports.progress(year);
        Locale locale = ResponseLanguage.of(acceptLanguage);
        String label = ReportWording.fiscalYear(year, locale);
        List<List<Object>> lines = new ArrayList<>();
        for (ProgressReport.Row row : report.rows()) {
            String department = new BilingualText(row.department().name(), row.department().nameEn()).in(locale);
            lines.add(line(label, department, row.counts(), ReportWording.contents(row).in(locale),
                    ReportWording.note(row).in(locale)));
        }
        lines.add(line(label, ReportWording.total(locale), report.totals(), "", ""));
        return Response.ok(CsvTable.of(ReportWording.progressCsvHeader(locale), lines), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"progress-" + year.gregorianLabel() + ".csv\"")
                .build();
    }

    @GET
    @Path("/online-procedures")
    @Operation(summary = "How many procedures were available online at the end of a day (default today)")
    public OnlineCountResponse onlineOn(@QueryParam("on") LocalDate on) {
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        return OnlineCountResponse.of(day, reports.onlineOn(day));
    }

    @GET
    @Path("/fiscal-years/{fiscalYear}/online-procedures")
    @Operation(summary = "The number online before the fiscal year and at the end of each of its months")
    public List<OnlineCountResponse> onlineThrough(@PathParam("fiscalYear") String fiscalYear) {
        return reports.onlineThrough(parse(fiscalYear)).stream()
                .map(count -> OnlineCountResponse.of(count.day(), count.count())).toList();
    }

    @GET
    @Path("/online-procedures/published")
    @Operation(summary = "The printed numbers of online procedures (239 → 1,015 → 1,060) beside the records'")
    public List<PublishedCountCheckResponse> publishedOnlineCounts() {
        return reports.checkPublishedOnlineCounts().stream().map(PublishedCountCheckResponse::of).toList();
    }

    @GET
    @Path("/fiscal-years/{fiscalYear}/reconciliation")
    @Operation(summary = "The printed progress table checked against itself and against the records")
    public ReconciliationResponse reconcile(@PathParam("fiscalYear") String fiscalYear) {
        return ReconciliationResponse.of(reports.reconcile(parse(fiscalYear)));
    }

    private static FiscalYear parse(String text) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        FiscalYear[] year = new FiscalYear[1];
        errors.check("fiscalYear", () -> year[0] = FiscalYear.parse(text));
        errors.throwIfAny();
        return year[0];
    }

    private static List<Object> line(String fiscalYear, String department, ProgressCounts counts, String contents,
            String note) {
        return List.of(fiscalYear, department, counts.planned(), counts.completed(), counts.revised(),
                counts.abolished(), counts.open(), contents, note);
    }
}
