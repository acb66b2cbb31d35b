package org.madoguchi.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import org.madoguchi.devstack.Gateway.Reply;
import org.madoguchi.devstack.SampleCityContent.ApplicationSample;
import org.madoguchi.devstack.SampleCityContent.BookingSample;
import org.madoguchi.devstack.SampleCityContent.FormSample;
import org.madoguchi.devstack.SampleCityContent.PlanProcedure;
import org.madoguchi.devstack.SampleCityContent.Step;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The living sample city: loads {@link SampleCityContent} into a running suite through the gateway's public API, as
 * a real client would, with the tokens the realm's sample users obtain from Keycloak.
 *
 * <p>Every item is looked up through the API before it is made (a procedure by its code, a form by its title, an
 * application by its applicant and form, a booking by its note, the announcement by its title) and then taken from
 * the state it is in to the state it should end in, so loading a half-loaded city completes it and duplicates
 * nothing. {@link #loadOnce} writes a marker once everything is loaded, and skips the whole load when it is there.
 */
public final class SampleCity {

    /** Password of every sample user of the development realm. */
    static final String SAMPLE_PASSWORD = "madoguchi";

    private static final ZoneId CITY = ZoneId.of("Asia/Tokyo");
    private static final int PAGE = 100;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M/d HH:mm");

    private final Gateway gateway;
    private final Clock clock;
    private final Duration catalogueWait;
    private final Duration pollInterval;

    /**
     * What a load did.
     *
     * @param loadedNow whether it loaded now (else the marker said it had been)
     * @param lines     what the city holds, one line per item, for the summary
     */
    public record Outcome(boolean loadedNow, List<String> lines) {
    }

    SampleCity(Gateway gateway, Clock clock, Duration catalogueWait, Duration pollInterval) {
        this.gateway = gateway;
        this.clock = clock;
        this.catalogueWait = catalogueWait;
        this.pollInterval = pollInterval;
    }

    /**
     * A loader for a running stack.
     *
     * @param gateway       the front door, e.g. {@code http://localhost:8080}
     * @param tokenEndpoint the realm's token endpoint
     */
    public static SampleCity of(URI gateway, URI tokenEndpoint) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        Clock clock = Clock.system(CITY);
        return new SampleCity(new Gateway(http, gateway, new SampleUserTokens(http, tokenEndpoint, SAMPLE_PASSWORD,
                clock)), clock, Duration.ofSeconds(90), Duration.ofMillis(500));
    }

    /**
     * Loads the city unless {@code marker} exists; writes the marker, with the summary, only after everything
     * loaded, so that a failed or interrupted load is completed by the next one.
     *
     * @throws SampleCityFailure when a call does not get the answer it needs
     */
    public Outcome loadOnce(Path marker) {
        if (Files.isRegularFile(marker)) {
            try {
                return new Outcome(false, Files.readAllLines(marker, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + marker, e);
            }
        }
        List<String> lines = load();
        try {
            Files.createDirectories(marker.toAbsolutePath().getParent());
            Path written = marker.resolveSibling(marker.getFileName() + ".writing");
            Files.write(written, lines, StandardCharsets.UTF_8);
            Files.move(written, marker, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + marker, e);
        }
        return new Outcome(true, lines);
    }

    /** Loads what is missing and takes every item to its state; returns what the city holds. */
    public List<String> load() {
        List<String> lines = new ArrayList<>();
        Map<String, UUID> procedures = loadProcedures(lines);
        Map<String, UUID> forms = loadForms(procedures, lines);
        loadApplications(forms, lines);
        loadBookings(lines);
        loadAnnouncement(lines);
        return lines;
    }

    // ---------------------------------------------------------------------------------------------
    // Procedures: the 令和4年度 plan, imported by procadmin1 as one CSV (all or nothing, keyed by code)
    // ---------------------------------------------------------------------------------------------

    private Map<String, UUID> loadProcedures(List<String> lines) {
        List<PlanProcedure> plan = SampleCityContent.plan();
        Map<String, UUID> known = knownProcedures(plan);
        if (known.size() == plan.size()) {
            lines.add(String.format("procedures    %d of the 令和4年度 plan (already there)", plan.size()));
            return known;
        }
        Reply imported = gateway.send(SampleCityContent.PROCEDURE_ADMIN, "POST", "/api/v1/procedures/import",
                "text/csv; charset=UTF-8", SampleCityContent.planCsv(), Map.of()).expect(200);
        known = knownProcedures(plan);
        if (known.size() != plan.size()) {
            throw new SampleCityFailure(imported.what() + " answered " + imported.text() + ", but only "
                    + known.size() + " of the " + plan.size() + " plan procedures can be found afterwards");
        }
        lines.add(String.format("procedures    %d of the 令和4年度 plan (%d registered now)", plan.size(),
                imported.body().path("registered").asInt()));
        return known;
    }

    /** The plan's procedures the registry holds, by code, as staff find them per department. */
    private Map<String, UUID> knownProcedures(List<PlanProcedure> plan) {
        Set<String> codes = new LinkedHashSet<>();
        Set<String> departments = new LinkedHashSet<>();
        plan.forEach(p -> {
            codes.add(p.code());
            departments.add(p.department());
        });
        Map<String, UUID> known = new LinkedHashMap<>();
        for (String department : departments) {
            pages("/api/v1/procedures?department=" + encode(department), SampleCityContent.PROCEDURE_ADMIN,
                    hit -> {
                        if (codes.contains(hit.path("code").asText())) {
                            known.put(hit.path("code").asText(), UUID.fromString(hit.path("id").asText()));
                        }
                        return false;
                    });
        }
        return known;
    }

    // ---------------------------------------------------------------------------------------------
    // Forms: drafted and published by procadmin1
    // ---------------------------------------------------------------------------------------------

    private Map<String, UUID> loadForms(Map<String, UUID> procedures, List<String> lines) {
        Map<String, UUID> ids = new LinkedHashMap<>();
        for (FormSample sample : SampleCityContent.FORMS) {
            String admin = SampleCityContent.PROCEDURE_ADMIN;
            JsonNode form = findOne("/api/v1/forms?department=" + encode(sample.department()), admin,
                    f -> sample.title().equals(f.path("title").asText())).orElse(null);
            String made = "there";
            if (form == null) {
                form = gateway.json(admin, "POST", "/api/v1/forms", draft(sample, procedures), Map.of())
                        .expect(201).body();
                made = "created now";
            }
            String id = form.path("id").asText();
            if (!"PUBLISHED".equals(form.path("status").asText())) {
                gateway.json(admin, "POST", "/api/v1/forms/" + id + "/publish", null,
                        Map.of("If-Match", "\"" + form.path("revision").asLong() + "\"")).expect(200);
                made += ", published now";
            }
            ids.put(sample.key(), UUID.fromString(id));
            lines.add(String.format("form          %s (%s, %s): open (%s)", sample.title(), sample.kind(),
                    sample.department(), made));
        }
        return ids;
    }

    private static Map<String, Object> draft(FormSample sample, Map<String, UUID> procedures) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", sample.kind());
        body.put("departmentCode", sample.department());
        body.put("title", sample.title());
        body.put("titleEn", sample.titleEn());
        body.put("description", sample.description());
        body.put("descriptionEn", sample.descriptionEn());
        body.put("fields", sample.fields());
        body.put("acceptsAnonymous", sample.acceptsAnonymous());
        if (sample.procedureCode() != null) {
            UUID procedure = procedures.get(sample.procedureCode());
            if (procedure == null) {
                throw new SampleCityFailure("the form " + sample.title() + " serves " + sample.procedureCode()
                        + ", which the registry does not hold");
            }
            body.put("procedureIds", List.of(procedure));
        }
        body.put("standardProcessingDays", sample.standardProcessingDays());
        return body;
    }

    // ---------------------------------------------------------------------------------------------
    // Applications: submitted by citizens (or anonymously), then processed by the department's staff
    // ---------------------------------------------------------------------------------------------

    private void loadApplications(Map<String, UUID> forms, List<String> lines) {
        for (ApplicationSample sample : SampleCityContent.APPLICATIONS) {
            UUID form = forms.get(sample.form().key());
            String made = "there";
            UUID id = existingApplication(sample, form).orElse(null);
            if (id == null) {
                id = submit(sample, form);
                made = "submitted now";
            }
            Reply read = gateway.get(sample.processedBy(), "/api/v1/applications/" + id).expect(200);
            String status = read.body().path("status").path("code").asText();
            int next = nextStep(sample, status);
            if (next < 0) {
                made += "; moved by someone else, left as it is";
                next = sample.steps().size();
            }
            for (Step step : sample.steps().subList(next, sample.steps().size())) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("action", step.action());
                body.put("comment", step.comment());
                read = gateway.json(sample.processedBy(), "POST", "/api/v1/applications/" + id + "/actions", body,
                        Map.of("If-Match", read.etag())).expect(200);
                status = read.body().path("status").path("code").asText();
            }
            lines.add(String.format("application   %s %s by %s: %s (%s)",
                    read.body().path("receiptNumber").path("number").asText(), sample.form().title(),
                    sample.citizen() == null ? "an anonymous visitor" : sample.citizen(), status, made));
        }
    }

    /**
     * Where the application's walk goes on: the index of the next step from its status, the number of steps when
     * it is where it should end, or -1 when its status is not on the walk (someone else moved it).
     */
    static int nextStep(ApplicationSample sample, String status) {
        List<String> along = new ArrayList<>();
        along.add("SUBMITTED");
        sample.steps().forEach(step -> along.add(step.leadsTo()));
        return along.lastIndexOf(status);
    }

    private Optional<UUID> existingApplication(ApplicationSample sample, UUID form) {
        Optional<JsonNode> found = sample.citizen() != null
                ? findOne("/api/v1/applications/mine", sample.citizen(),
                        a -> form.toString().equals(a.path("form").path("id").asText()))
                : findOne("/api/v1/inbox?formId=" + form, sample.processedBy(),
                        a -> a.path("anonymous").asBoolean());
        return found.map(a -> UUID.fromString(a.path("id").asText()));
    }

    /**
     * Submits the answers, waiting until applications-service has learned the form from {@code procedures.forms}:
     * until then it answers 404 {@code form-not-found}. The Idempotency-Key is the same on every try, so a
     * submission that reached the service but whose answer was lost is not made twice.
     */
    private UUID submit(ApplicationSample sample, UUID form) {
        String key = UUID.nameUUIDFromBytes(("madoguchi-sample-city:" + sample.key() + ":" + form)
                .getBytes(StandardCharsets.UTF_8)).toString();
        Map<String, Object> body = Map.of("answers", sample.answers());
        Instant deadline = clock.instant().plus(catalogueWait);
        while (true) {
            Reply reply = gateway.json(sample.citizen(), "POST", "/api/v1/forms/" + form + "/applications", body,
                    Map.of("Idempotency-Key", key));
            if (!reply.isProblem(404, "form-not-found")) {
                return UUID.fromString(reply.expect(201).body().path("applicationId").asText());
            }
            if (!clock.instant().isBefore(deadline)) {
                throw new SampleCityFailure(reply.what() + ": applications-service did not learn the form "
                        + sample.form().title() + " within " + catalogueWait + " of its publication: "
                        + reply.text());
            }
            pause();
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Bookings: made by staff, approved, handed over and taken back by the sites' desks
    // ---------------------------------------------------------------------------------------------

    private void loadBookings(List<String> lines) {
        for (BookingSample sample : SampleCityContent.BOOKINGS) {
            String made = "there";
            JsonNode booking = findAll("/api/v1/lending/reservations/mine?active=false", sample.borrower()).stream()
                    .filter(r -> sample.note().equals(r.path("note").asText())).findFirst().orElse(null);
            if (booking == null) {
                booking = gateway.json(sample.borrower(), "POST", "/api/v1/lending/reservations", booking(sample),
                        Map.of()).expect(201).body();
                made = "booked now";
            }
            String id = booking.path("id").asText();
            String status = booking.path("status").asText();
            Instant end = Instant.parse(booking.path("end").asText());
            String path = "/api/v1/lending/reservations/" + id;
            if (!status.equals(sample.target()) && !clock.instant().isBefore(end)) {
                made += "; its time has passed, left as it is";
            } else {
                if ("PENDING".equals(status) && !"PENDING".equals(sample.target())) {
                    status = gateway.json(sample.desk(), "POST", path + "/approve",
                            Map.of("comment", SampleCityContent.MARK + "承認しました。"), Map.of())
                            .expect(200).body().path("status").asText();
                }
                if ("CONFIRMED".equals(status) && ("LENT".equals(sample.target()) || "RETURNED".equals(sample.target()))) {
                    gateway.json(sample.desk(), "POST", path + "/hand-over", handOver(), Map.of()).expect(200);
                    status = "LENT";
                }
                if (("LENT".equals(status) || "OVERDUE".equals(status)) && "RETURNED".equals(sample.target())) {
                    gateway.json(sample.desk(), "POST", path + "/return", takeBack(), Map.of()).expect(200);
                    status = "RETURNED";
                }
            }
            ZonedDateTime start = Instant.parse(booking.path("start").asText()).atZone(CITY);
            lines.add(String.format("booking       %s %s %s–%s %s: %s (%s)", sample.site(), sample.borrower(),
                    WHEN.format(start), WHEN.format(end.atZone(CITY)), sample.purpose(), status, made));
        }
    }

    /** The booking's period: today from now for three hours, or from 09:00 on a day ahead to 17:00 days later. */
    private Map<String, Object> booking(BookingSample sample) {
        Instant start;
        Instant end;
        if (sample.daysAhead() == 0) {
            start = clock.instant().truncatedTo(ChronoUnit.MINUTES);
            end = start.plus(Duration.ofHours(3));
        } else {
            LocalDate first = LocalDate.now(clock.withZone(CITY)).plusDays(sample.daysAhead());
            start = first.atTime(LocalTime.of(9, 0)).atZone(CITY).toInstant();
            end = first.plusDays(sample.days() - 1L).atTime(LocalTime.of(17, 0)).atZone(CITY).toInstant();
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("siteCode", sample.site());
        body.put("start", start.toString());
        body.put("end", end.toString());
        body.put("purpose", sample.purpose());
        body.put("note", sample.note());
        return body;
    }

    private static Map<String, Object> handOver() {
        Map<String, Object> notebook = new LinkedHashMap<>();
        notebook.put("arrangement", "DEPOSITED");
        notebook.put("assetTag", "SAMPLE-0001");
        notebook.put("storage", SampleCityContent.MARK + "貸出窓口の保管庫");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("notebook", notebook);
        body.put("kit", List.of("MOBILE_PC", "CASE", "POWER_CORD"));
        body.put("disinfected", true);
        body.put("operationChecked", true);
        body.put("rulesAcknowledged", List.of("NO_DATA_KEPT_ON_DEVICE", "NO_USE_WALKING_OR_IN_PUBLIC",
                "NEVER_LEFT_IN_CAR", "NO_SOFTPHONE_CALLS"));
        return body;
    }

    private static Map<String, Object> takeBack() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kitReturned", List.of("MOBILE_PC", "CASE", "POWER_CORD"));
        body.put("notebookReturned", true);
        body.put("notebookConfirmedByOwner", true);
        return body;
    }

    // ---------------------------------------------------------------------------------------------
    // The announcement: drafted and published by infopolicy1, shown from now
    // ---------------------------------------------------------------------------------------------

    private void loadAnnouncement(List<String> lines) {
        String editor = SampleCityContent.INFO_POLICY;
        JsonNode announcement = findAll("/api/v1/announcements", editor).stream()
                .filter(a -> SampleCityContent.ANNOUNCEMENT_TITLE.equals(a.path("title").asText()))
                .findFirst().orElse(null);
        String made = "there";
        if (announcement == null) {
            Instant from = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("title", SampleCityContent.ANNOUNCEMENT_TITLE);
            body.put("titleEn", SampleCityContent.ANNOUNCEMENT_TITLE_EN);
            body.put("body", SampleCityContent.ANNOUNCEMENT_BODY);
            body.put("bodyEn", SampleCityContent.ANNOUNCEMENT_BODY_EN);
            body.put("audience", "EVERYONE");
            body.put("from", from.toString());
            body.put("until", from.plus(Duration.ofDays(SampleCityContent.ANNOUNCEMENT_DAYS)).toString());
            announcement = gateway.json(editor, "POST", "/api/v1/announcements", body, Map.of()).expect(201).body();
            made = "drafted now";
        }
        String status = announcement.path("status").asText();
        if ("DRAFT".equals(status)) {
            status = gateway.json(editor, "POST", "/api/v1/announcements/" + announcement.path("id").asText()
                    + "/publish", null, Map.of()).expect(200).body().path("status").asText();
            made += ", published now";
        }
        lines.add(String.format("announcement  %s: %s until %s (%s)", SampleCityContent.ANNOUNCEMENT_TITLE, status,
                Instant.parse(announcement.path("until").asText()).atZone(CITY).toLocalDate(), made));
    }

    // ---------------------------------------------------------------------------------------------
    // Reading lists
    // ---------------------------------------------------------------------------------------------

    /** The first item of a paged list ({@code total}, {@code items}) that matches. */
    private Optional<JsonNode> findOne(String path, String user, Predicate<JsonNode> match) {
        JsonNode[] found = new JsonNode[1];
        pages(path, user, item -> {
            if (match.test(item)) {
                found[0] = item;
                return true;
            }
            return false;
        });
        return Optional.ofNullable(found[0]);
    }

    /**
     * Reads a paged list ({@code total} and {@code items}, {@code page} from 0 and {@code size}) page by page until
     * {@code stop} says so or the list ends.
     */
    private void pages(String path, String user, Predicate<JsonNode> stop) {
        String separator = path.contains("?") ? "&" : "?";
        for (int page = 0; ; page++) {
            JsonNode body = gateway.get(user, path + separator + "page=" + page + "&size=" + PAGE).expect(200).body();
            JsonNode items = body.path("items");
            for (JsonNode item : items) {
                if (stop.test(item)) {
                    return;
                }
            }
            if (items.size() < PAGE || (long) (page + 1) * PAGE >= body.path("total").asLong()) {
                return;
            }
        }
    }

    /** A list that comes whole, as a JSON array. */
    private List<JsonNode> findAll(String path, String user) {
        List<JsonNode> all = new ArrayList<>();
        gateway.get(user, path).expect(200).body().forEach(all::add);
        return all;
    }

    private void pause() {
        try {
            Thread.sleep(pollInterval.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SampleCityFailure("interrupted while waiting for the form catalogue", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
