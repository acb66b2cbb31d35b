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
import org.madoguchi.lending.application.port.in.LendingQueries;
import org.madoguchi.lending.domain.model.Device;
import org.madoguchi.lending.domain.model.DeviceId;
import org.madoguchi.lending.domain.model.LendingPolicy;
import org.madoguchi.lending.domain.model.Period;
import org.madoguchi.lending.domain.model.SiteCode;
import org.madoguchi.platform.problem.ProblemException;
import org.madoguchi.platform.security.Roles;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Sites: the week grid of the booking screen, what is free, the ledger (台帳), utilisation, the calendar feed. */
@Path("/api/v1/lending/sites")
@Produces(MediaType.APPLICATION_JSON)
public class SiteResource {

    static final String CSV = "text/csv";
    static final String ICALENDAR = "text/calendar";
    /** The longest window a report or list covers in one request. */
    static final Duration LONGEST_REPORT = Duration.ofDays(366);
    static final Duration LONGEST_LIST = Duration.ofDays(92);

    private final LendingQueries queries;
    private final LendingPolicy policy;
    private final Actors actors;
    private final LedgerCsv ledgerCsv;
    private final CalendarFeed feed;
    private final Clock clock;

    SiteResource(LendingQueries queries, LendingPolicy policy, Actors actors, LedgerCsv ledgerCsv, CalendarFeed feed,
                 Clock clock) {
        this.queries = queries;
        this.policy = policy;
        this.actors = actors;
        this.ledgerCsv = ledgerCsv;
        this.feed = feed;
        this.clock = clock;
    }

    public record FeedLink(String url) {
    }

    @GET
    @RolesAllowed(Roles.STAFF)
    public List<Views.SiteView> sites() {
        return queries.sites().stream().map(s -> Views.SiteView.of(s.site(), s.devices(), s.available())).toList();
    }

    /** The week grid (devices × days) from the Monday of {@code week} (default: this week). */
    @GET
    @Path("/{site}/calendar")
    @RolesAllowed(Roles.STAFF)
    public Views.WeekView week(@PathParam("site") String site, @QueryParam("week") String week) {
        LocalDate chosen = QueryParams.day("week", week);
        LocalDate day = chosen == null ? LocalDate.ofInstant(clock.instant(), policy.timeZone()) : chosen;
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return Views.WeekView.of(queries.week(new SiteCode(site), monday, actors.current()));
    }

    /** Devices of the site free for the whole period. */
    @GET
    @Path("/{site}/availability")
    @RolesAllowed(Roles.STAFF)
    public List<Views.DeviceView> free(@PathParam("site") String site, @QueryParam("from") String from,
                                       @QueryParam("to") String to) {
        return queries.freeDevices(new SiteCode(site), period(from, to, LONGEST_REPORT)).stream()
                .map(Views.DeviceView::of).toList();
    }

    /** 貸出台帳 of a month (YYYY-MM) as JSON. */
    @GET
    @Path("/{site}/ledger")
    @RolesAllowed({Roles.LENDING_DESK, Roles.INFO_POLICY})
    public List<Views.LendingView> ledger(@PathParam("site") String site, @QueryParam("month") String month) {
        return queries.ledger(new SiteCode(site), QueryParams.month("month", month), actors.current()).stream()
                .map(Views.LendingView::of).toList();
    }

    /** 貸出台帳 of a month as CSV (UTF-8 with BOM, so that spreadsheet software reads the Japanese). */
    @GET
    @Path("/{site}/ledger")
    @Produces(CSV)
    @RolesAllowed({Roles.LENDING_DESK, Roles.INFO_POLICY})
    public Response ledgerCsv(@PathParam("site") String site, @QueryParam("month") String monthParam) {
        YearMonth month = QueryParams.month("month", monthParam);
        SiteCode code = new SiteCode(site);
        String csv = ledgerCsv.write(queries.ledger(code, month, actors.current()), deviceNumbers(code));
        return Response.ok(csv, CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"ledger-" + site + "-" + month + ".csv\"")
                .build();
    }

    /** Utilisation per device of the site over a period. */
    @GET
    @Path("/{site}/utilisation")
    @RolesAllowed({Roles.LENDING_DESK, Roles.INFO_POLICY})
    public List<Views.UtilisationView> utilisation(@PathParam("site") String site, @QueryParam("from") String from,
                                                   @QueryParam("to") String to) {
        return queries.utilisation(new SiteCode(site), period(from, to, LONGEST_REPORT), actors.current()).stream()
                .map(Views.UtilisationView::of).toList();
    }

    /** The address of the site's iCalendar feed, to subscribe to in a calendar app. */
    @GET
    @Path("/{site}/calendar-feed")
    @RolesAllowed(Roles.STAFF)
    public FeedLink feedLink(@PathParam("site") String site) {
        SiteCode code = new SiteCode(site);
        queries.devices(code);
        return new FeedLink(feed.url(code));
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
        if (!feed.validKey(code, key)) {
            throw ProblemException.forbidden("feed-key");
        }
        Instant now = clock.instant();
        Period window = new Period(now.minus(Duration.ofDays(7)), now.plus(Duration.ofDays(56)));
        return Response.ok(feed.write(code, queries.feed(code, window), deviceNumbers(code)), ICALENDAR + "; charset=UTF-8")
                .build();
    }

    /** The label of each device of the site, e.g. {@code No.001}. */
    private Map<DeviceId, String> deviceNumbers(SiteCode site) {
        return queries.devices(site).stream().collect(Collectors.toMap(Device::id, d -> d.number().label()));
    }

    /** A query window: ends after it starts and spans at most {@code longest}. */
    static Period period(String fromParam, String toParam, Duration longest) {
        Instant from = QueryParams.instant("from", fromParam);
        Instant to = QueryParams.instant("to", toParam);
        if (!to.isAfter(from)) {
            throw ProblemException.badRequest("end-before-start").withFieldError("to", "end-before-start");
        }
        if (Duration.between(from, to).compareTo(longest) > 0) {
            throw ProblemException.badRequest("window-too-long", longest.toDays())
                    .withFieldError("to", "window-too-long", longest.toDays());
        }
        return new Period(from, to);
    }
}
