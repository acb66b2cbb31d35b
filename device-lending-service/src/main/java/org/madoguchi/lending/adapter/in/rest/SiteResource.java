package org.madoguchi.lending.adapter.in.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.madoguchi.lending.adapter.in.rest.csv.LedgerCsvWriter;
import org.madoguchi.lending.application.port.in.CalendarQueries;
import org.madoguchi.lending.application.port.in.InventoryQueries;
import org.madoguchi.lending.application.port.in.LedgerQueries;
import org.madoguchi.lending.domain.model.SiteCode;
import org.madoguchi.platform.problem.ProblemException;
import org.madoguchi.platform.security.Roles;

import java.time.YearMonth;
import java.util.List;

/** Sites: the week grid of the booking screen, what is free, the ledger (台帳), utilisation, the calendar feed. */
@Path("/api/v1/lending/sites")
@Produces(MediaType.APPLICATION_JSON)
public class SiteResource {

    static final String CSV = "text/csv";
    static final String ICALENDAR = "text/calendar";

    private final InventoryQueries inventory;
    private final CalendarQueries calendars;
    private final LedgerQueries ledgers;
    private final Actors actors;
    private final LedgerCsvWriter ledgerCsv;
    private final CalendarFeedKeys feedKeys;

    SiteResource(InventoryQueries inventory, CalendarQueries calendars, LedgerQueries ledgers, Actors actors,
                 LedgerCsvWriter ledgerCsv, CalendarFeedKeys feedKeys) {
        this.inventory = inventory;
        this.calendars = calendars;
        this.ledgers = ledgers;
        this.actors = actors;
        this.ledgerCsv = ledgerCsv;
        this.feedKeys = feedKeys;
    }

    @GET
    @RolesAllowed(Roles.STAFF)
    public List<SiteResponse> sites() {
        return inventory.sites().stream().map(SiteResponse::of).toList();
    }

    /** The week grid (devices × days) from the Monday of {@code week} (default: this week). */
    @GET
    @Path("/{site}/calendar")
    @RolesAllowed(Roles.STAFF)
    public WeekCalendarResponse week(@PathParam("site") String site, @QueryParam("week") String week) {
        return WeekCalendarResponse.of(calendars.week(new SiteCode(site), QueryParams.day("week", week),
                actors.current()));
    }

    /** Devices of the site free for the whole period. */
    @GET
    @Path("/{site}/availability")
    @RolesAllowed(Roles.STAFF)
    public List<DeviceResponse> free(@PathParam("site") String site, @QueryParam("from") String from,
                                     @QueryParam("to") String to) {
        return inventory.freeDevices(new SiteCode(site), QueryParams.instant("from", from), QueryParams.instant("to", to))
                .stream().map(DeviceResponse::of).toList();
    }

    /** 貸出台帳 of a month (YYYY-MM) as JSON. */
    @GET
    @Path("/{site}/ledger")
    @RolesAllowed({Roles.LENDING_DESK, Roles.INFO_POLICY})
    public List<LendingResponse> ledger(@PathParam("site") String site, @QueryParam("month") String month) {
        return ledgers.ledger(new SiteCode(site), QueryParams.month("month", month), actors.current()).stream()
                .map(entry -> LendingResponse.of(entry.lending())).toList();
    }

    /** 貸出台帳 of a month as CSV (UTF-8 with BOM, so that spreadsheet software reads the Japanese). */
    @GET
    @Path("/{site}/ledger")
    @Produces(CSV)
    @RolesAllowed({Roles.LENDING_DESK, Roles.INFO_POLICY})
    public Response ledgerCsv(@PathParam("site") String site, @QueryParam("month") String monthParam) {
        YearMonth month = QueryParams.month("month", monthParam);
        String csv = ledgerCsv.write(ledgers.ledger(new SiteCode(site), month, actors.current()));
        return Response.ok(csv, CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"ledger-" + site + "-" + month + ".csv\"")
                .build();
    }

    /** Utilisation per device of the site over a period. */
    @GET
    @Path("/{site}/utilisation")
    @RolesAllowed({Roles.LENDING_DESK, Roles.INFO_POLICY})
    public List<UtilisationResponse> utilisation(@PathParam("site") String site, @QueryParam("from") String from,
                                                 @QueryParam("to") String to) {
        return ledgers.utilisation(new SiteCode(site), QueryParams.instant("from", from), QueryParams.instant("to", to),
                actors.current()).stream().map(UtilisationResponse::of).toList();
    }

    /** The address of the site's iCalendar feed, to subscribe to in a calendar app. */
    @GET
    @Path("/{site}/calendar-feed")
    @RolesAllowed(Roles.STAFF)
    public FeedLinkResponse feedLink(@PathParam("site") String site) {
        SiteCode code = inventory.site(new SiteCode(site)).code();
        return new FeedLinkResponse(feedKeys.url(code));
    }

    /**
     * The site's bookings as iCalendar. Calendar apps cannot sign in, so the address carries a
     * key derived from the site and the server's secret; the feed names departments, never people.
     */
    @GET
    @Path("/{site}/calendar.ics")
    @Produces(ICALENDAR)
    @PermitAll
    public Response ics(@PathParam("site") String site, @QueryParam("key") String key) {
        SiteCode code = new SiteCode(site);
        if (!feedKeys.validKey(code, key)) {
            throw ProblemException.forbidden("feed-key");
        }
        return Response.ok(ICalendarFeedWriter.write(calendars.feed(code)), ICALENDAR + "; charset=UTF-8").build();
    }
}
