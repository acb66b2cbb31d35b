package org.madoguchi.procedures.adapter.in.rest;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.madoguchi.platform.failure.InvalidInput;
import org.madoguchi.platform.problem.ResponseLanguage;
import org.madoguchi.platform.security.Roles;
import org.madoguchi.procedures.application.port.in.ReportProgressQuery;
import org.madoguchi.procedures.domain.model.FiscalYear;
import org.madoguchi.procedures.domain.model.ProgressCounts;
import org.madoguchi.procedures.domain.model.ProgressReport;
import org.madoguchi.procedures.domain.model.Reconciliation;
import org.madoguchi.procedures.domain.model.RevisionReason;

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

    /**
     * The figures of a line.
     *
     * @param planned   計画数
     * @param completed 完了
     * @param revised   対応見直し
     * @param abolished 廃止
     * @param open      未完了
     */
    public record Counts(int planned, int completed, int revised, int abolished, int open) {

        static Counts of(ProgressCounts counts) {
            return counts == null ? null : new Counts(counts.planned(), counts.completed(), counts.revised(),
                    counts.abolished(), counts.open());
        }
    }

    /**
     * One department's line.
     *
     * @param department the department
     * @param counts     its figures
     * @param contents   内容: the first procedures of its plan
     * @param note       備考: why plans were revised
     */
    public record ProgressRow(ProcedureDtos.DepartmentRef department, Counts counts, Labels contents, Labels note) {
    }

    /**
     * A fiscal year's progress.
     *
     * @param fiscalYear the fiscal year in both forms
     * @param rows       one per department with planned procedures
     * @param totals     計
     */
    public record ProgressResponse(Labels.FiscalYearLabels fiscalYear, List<ProgressRow> rows, Counts totals) {
    }

    /**
     * The number of online procedures at the end of a day.
     *
     * @param on         the day
     * @param fiscalYear the fiscal year it falls in
     * @param count      how many were available online
     */
    public record OnlineCountResponse(LocalDate on, Labels.FiscalYearLabels fiscalYear, long count) {
    }

    /**
     * A printed number beside the records'.
     *
     * @param label     as printed
     * @param asOf      the day it stands for
     * @param published the printed figure
     * @param derived   what the records give
     * @param agrees    whether they agree
     * @param note      the printed remark
     */
    public record PublishedCountCheck(String label, LocalDate asOf, int published, long derived, boolean agrees,
            String note) {
    }

    /**
     * The check of one printed line.
     *
     * @param department     the department as printed
     * @param departmentCode the department it names, if known
     * @param printed        the printed figures
     * @param derived        the figures the records give
     * @param unaccounted    planned procedures neither completed nor revised
     * @param findings       what is wrong with it
     * @param explanations   the findings in words
     */
    public record RowCheckResponse(String department, String departmentCode, Counts printed, Counts derived,
            int unaccounted, Set<Reconciliation.Finding> findings, List<Labels> explanations) {
    }

    /**
     * A printed table checked.
     *
     * @param fiscalYear     the fiscal year in both forms
     * @param consistent     whether it holds together and agrees with the records
     * @param rows           one check per printed line
     * @param printedTotals  the printed 計
     * @param sumOfRows      the sum of the printed lines
     * @param totalsMismatch columns whose printed total differs from the sum of the lines
     */
    public record ReconciliationResponse(Labels.FiscalYearLabels fiscalYear, boolean consistent,
            List<RowCheckResponse> rows, Counts printedTotals, Counts sumOfRows,
            Set<Reconciliation.Column> totalsMismatch) {
    }

    @GET
    @Path("/fiscal-years/{fiscalYear}/progress")
    @Operation(summary = "Progress of a fiscal year's plan per department with 計 (JSON)")
    public ProgressResponse progress(@PathParam("fiscalYear") String fiscalYear) {
        ProgressReport report = reports.progress(parse(fiscalYear));
        List<ProgressRow> rows = report.rows().stream().map(row -> new ProgressRow(
                ProcedureDtos.DepartmentRef.of(row.department()), Counts.of(row.counts()), contents(row),
                note(row))).toList();
        return new ProgressResponse(Labels.FiscalYearLabels.of(report.fiscalYear()), rows, Counts.of(report.totals()));
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
        boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        StringWriter csv = new StringWriter();
        csv.write('\uFEFF');
        try (CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(english
                ? new String[] { "Fiscal year", "Department", "Planned", "Completed", "Revised", "Abolished", "Open",
                        "Contents", "Note" }
                : new String[] { "年度", "課・室", "計画数", "完了", "対応見直し", "廃止", "未完了", "内容", "備考" })
                .get().print(csv)) {
            String label = english ? year.gregorianLabel() + " (" + year.eraLabelEn() + ")"
                    : year.eraLabel() + "（" + year.gregorianLabel() + "）";
            for (ProgressReport.Row row : report.rows()) {
                ProgressCounts c = row.counts();
                printer.printRecord(label, english ? row.department().nameEn() : row.department().name(), c.planned(),
                        c.completed(), c.revised(), c.abolished(), c.open(), contents(row).in(locale),
                        note(row).in(locale));
            }
            ProgressCounts t = report.totals();
            printer.printRecord(label, english ? "Total" : "計", t.planned(), t.completed(), t.revised(),
                    t.abolished(), t.open(), "", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Response.ok(csv.toString(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"progress-" + year.gregorianLabel() + ".csv\"")
                .build();
    }

    @GET
    @Path("/online-procedures")
    @Operation(summary = "How many procedures were available online at the end of a day (default today)")
    public OnlineCountResponse onlineOn(@QueryParam("on") LocalDate on) {
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        return new OnlineCountResponse(day, Labels.FiscalYearLabels.of(FiscalYear.containing(day)),
                reports.onlineOn(day));
    }

    @GET
    @Path("/fiscal-years/{fiscalYear}/online-procedures")
    @Operation(summary = "The number online before the fiscal year and at the end of each of its months")
    public List<OnlineCountResponse> onlineThrough(@PathParam("fiscalYear") String fiscalYear) {
        return reports.onlineThrough(parse(fiscalYear)).stream().map(c -> new OnlineCountResponse(c.day(),
                Labels.FiscalYearLabels.of(FiscalYear.containing(c.day())), c.count())).toList();
    }

    @GET
    @Path("/online-procedures/published")
    @Operation(summary = "The printed numbers of online procedures (239 → 1,015 → 1,060) beside the records'")
    public List<PublishedCountCheck> publishedOnlineCounts() {
        return reports.checkPublishedOnlineCounts().stream().map(c -> new PublishedCountCheck(c.published().label(),
                c.published().asOf(), c.published().count(), c.derived(), c.agrees(), c.published().note())).toList();
    }

    @GET
    @Path("/fiscal-years/{fiscalYear}/reconciliation")
    @Operation(summary = "The printed progress table checked against itself and against the records")
    public ReconciliationResponse reconcile(@PathParam("fiscalYear") String fiscalYear) {
        Reconciliation check = reports.reconcile(parse(fiscalYear));
        List<RowCheckResponse> rows = check.rows().stream().map(row -> new RowCheckResponse(
                row.printed().departmentName(),
                row.printed().department() == null ? null : row.printed().department().value(),
                Counts.of(row.printed().counts()), Counts.of(row.derived()), row.unaccounted(), row.findings(),
                explanations(row))).toList();
        return new ReconciliationResponse(Labels.FiscalYearLabels.of(check.fiscalYear()), check.consistent(), rows,
                Counts.of(check.printedTotals()), Counts.of(check.sumOfRows()), check.totalsMismatch());
    }

    private static FiscalYear parse(String text) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        FiscalYear[] year = new FiscalYear[1];
        errors.check("fiscalYear", () -> year[0] = FiscalYear.parse(text));
        errors.throwIfAny();
        return year[0];
    }

    /** 内容: the first names, and "など" when there are more. */
    private static Labels contents(ProgressReport.Row row) {
        String ja = String.join("、", row.contents()) + (row.moreContents() > 0 ? " など" : "");
        String en = String.join(", ", row.contents()) + (row.moreContents() > 0
                ? " and " + row.moreContents() + " more" : "");
        return new Labels(ja, en);
    }

    /** 備考: the reasons of revisions, worded as the city's reports word them. */
    private static Labels note(ProgressReport.Row row) {
        List<String> ja = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (ProgressReport.RevisionGroup group : row.revisions()) {
            RevisionReason reason = group.reason();
            String reasonJa = reason == RevisionReason.OTHER && !group.notes().isEmpty()
                    ? String.join("、", group.notes()) : reason.ja();
            String reasonEn = reason == RevisionReason.OTHER && !group.notes().isEmpty()
                    ? String.join("; ", group.notes()) : reason.en();
            boolean all = group.count() == row.counts().planned();
            ja.add(all ? reasonJa : "対応見直しの" + group.count() + "件は、" + reasonJa);
            en.add(all ? reasonEn : group.count() + " revised: " + reasonEn);
        }
        return new Labels(String.join("／", ja), String.join("; ", en));
    }

    private static List<Labels> explanations(Reconciliation.RowCheck row) {
        List<Labels> explanations = new ArrayList<>();
        ProgressCounts printed = row.printed().counts();
        for (Reconciliation.Finding finding : row.findings()) {
            switch (finding) {
                case UNBALANCED -> explanations.add(new Labels(
                        "計画数" + printed.planned() + "件に対し、完了" + printed.completed() + "件と対応見直し"
                                + printed.revised() + "件の合計が一致しません（" + row.unaccounted() + "件の差）。",
                        "Planned " + printed.planned() + " does not equal completed " + printed.completed()
                                + " plus revised " + printed.revised() + " (" + row.unaccounted() + " unaccounted)."));
                case DIFFERS_FROM_RECORDS -> explanations.add(new Labels(
                        "手続きの記録から求めた値（計画" + row.derived().planned() + "・完了" + row.derived().completed()
                                + "・対応見直し" + row.derived().revised() + "）と異なります。",
                        "The procedure records give planned " + row.derived().planned() + ", completed "
                                + row.derived().completed() + ", revised " + row.derived().revised() + "."));
                case UNKNOWN_DEPARTMENT -> explanations.add(new Labels("この課・室は登録されていません。",
                        "No department of this name is registered."));
            }
        }
        return explanations;
    }
}
