package org.madoguchi.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for the suite behind the gateway and for Keycloak's token endpoint, for the sample city's tests: a JDK
 * HTTP server on a free loopback port that keeps in memory what the loader makes and records every call.
 *
 * <p>It is written from the services' READMEs and REST resources for the calls the loader makes, and holds callers
 * to the same rules where they decide what the loader must get right: tokens only through the password grant of
 * {@code madoguchi-cli} for users of the development realm; forms by {@code procedure-admin}; workflow steps by
 * staff of the owning department with the application's ETag in {@code If-Match}; approvals and hand-overs by the
 * desk of the booking's site; announcements by {@code info-policy}; a submission to a form that applications-service
 * has not learned yet is 404 {@code form-not-found}; an Idempotency-Key repeats its first receipt. It is not the real
 * suite: the real one is exercised by {@code ./madoguchi up} and the end-to-end tests.
 */
final class SuiteStandIn implements AutoCloseable {

    static final String PROBLEMS = "https://madoguchi.org/problems/";

    static {
        // answer small exchanges at once instead of after the loopback's delayed ACK (read when the first server starts)
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    private static final ZoneId CITY = ZoneId.of("Asia/Tokyo");

    /** One call as it arrived. */
    record Call(String method, String path, String user, String idempotencyKey) {
    }

    private record Person(Set<String> roles, String department, String site) {
    }

    private record Failure(String method, Pattern path, int status, String type) {
    }

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final Map<String, Person> people = new HashMap<>();
    private final List<Call> calls = Collections.synchronizedList(new ArrayList<>());
    private final Deque<Failure> failures = new ArrayDeque<>();

    private final Map<String, ObjectNode> procedures = new LinkedHashMap<>();
    private final List<ObjectNode> forms = new ArrayList<>();
    private final Map<String, Integer> unknownToCatalogue = new HashMap<>();
    private final List<ObjectNode> applications = new ArrayList<>();
    private final Map<String, String> idempotencyKeys = new HashMap<>();
    private final List<ObjectNode> reservations = new ArrayList<>();
    private final List<ObjectNode> announcements = new ArrayList<>();
    private int catalogueLag;

    /** Starts it, with the people of the development realm file. */
    SuiteStandIn(JsonNode realm) throws IOException {
        for (JsonNode user : realm.path("users")) {
            if (RealmFile.isServiceAccount(user)) {
                continue;
            }
            Set<String> roles = new HashSet<>();
            user.path("realmRoles").forEach(r -> roles.add(r.asText()));
            people.put(user.path("username").asText(), new Person(roles,
                    user.path("attributes").path("department").path(0).asText(null),
                    user.path("attributes").path("managed_site").path(0).asText(null)));
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    URI gateway() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    URI tokenEndpoint() {
        return gateway().resolve("/realms/madoguchi/protocol/openid-connect/token");
    }

    /** How many submissions to a newly published form are answered 404 before applications-service knows it. */
    synchronized void catalogueLag(int submissions) {
        catalogueLag = submissions;
    }

    /** The next call of this method whose path matches is answered with this problem instead. */
    synchronized void failNext(String method, String pathRegex, int status, String type) {
        failures.add(new Failure(method, Pattern.compile(pathRegex), status, type));
    }

    List<Call> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    synchronized List<ObjectNode> procedures() {
        return List.copyOf(procedures.values());
    }

    synchronized List<ObjectNode> forms() {
        return List.copyOf(forms);
    }

    synchronized List<ObjectNode> applications() {
        return List.copyOf(applications);
    }

    synchronized List<ObjectNode> reservations() {
        return List.copyOf(reservations);
    }

    synchronized List<ObjectNode> announcements() {
        return List.copyOf(announcements);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    // ---------------------------------------------------------------------------------------------

    private record Request(String method, String path, Map<String, String> query, String user, byte[] body,
                           HttpExchange exchange) {

        String header(String name) {
            return exchange.getRequestHeaders().getFirst(name);
        }
    }

    private record Answer(int status, Object body, Map<String, String> headers) {
        static Answer of(int status, Object body) {
            return new Answer(status, body, Map.of());
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        Answer answer;
        try {
            String path = exchange.getRequestURI().getPath();
            String user = bearer(exchange.getRequestHeaders().getFirst("Authorization"));
            Request request = new Request(exchange.getRequestMethod(), path, query(exchange.getRequestURI()), user,
                    exchange.getRequestBody().readAllBytes(), exchange);
            calls.add(new Call(request.method(), path, user, request.header("Idempotency-Key")));
            synchronized (this) {
                answer = route(request);
            }
        } catch (Refused e) {
            answer = problem(e.status, e.getMessage(), "refused by the stand-in");
        } catch (RuntimeException | IOException e) {
            answer = problem(500, "stand-in-broken", e.toString());
        }
        byte[] bytes = answer.body() == null ? new byte[0] : json.writeValueAsBytes(answer.body());
        answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        exchange.getResponseHeaders().add("Content-Type", answer.status() >= 400 ? "application/problem+json"
                : "application/json");
        exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    private Answer route(Request r) throws IOException {
        if (r.path().equals("/realms/madoguchi/protocol/openid-connect/token")) {
            return token(r);
        }
        for (Failure failure : failures) {
            if (failure.method().equals(r.method()) && failure.path().matcher(r.path()).matches()) {
                failures.remove(failure);
                return problem(failure.status(), failure.type(), "the stand-in was told to refuse this call");
            }
        }
        if (r.user() != null && !people.containsKey(r.user())) {
            return problem(401, "unauthorized", "unknown token");
        }
        String m = r.method() + " " + r.path();
        Matcher id;
        if (m.equals("GET /api/v1/procedures")) {
            return page(r, procedures.values().stream()
                    .filter(p -> p.path("departmentCode").asText().equals(r.query().get("department")))
                    .sorted(Comparator.comparing(p -> p.path("code").asText())).toList());
        }
        if (m.equals("POST /api/v1/procedures/import")) {
            return importProcedures(r);
        }
        if (m.equals("GET /api/v1/forms")) {
            return page(r, forms.stream()
                    .filter(f -> f.path("departmentCode").asText().equals(r.query().get("department"))).toList());
        }
        if (m.equals("POST /api/v1/forms")) {
            return createForm(r);
        }
        if ((id = match(m, "POST /api/v1/forms/([^/]+)/publish")) != null) {
            return publishForm(r, id.group(1));
        }
        if ((id = match(m, "POST /api/v1/forms/([^/]+)/applications")) != null) {
            return submit(r, id.group(1));
        }
        if (m.equals("GET /api/v1/applications/mine")) {
            return page(r, applications.stream().filter(a -> r.user() != null
                    && r.user().equals(a.path("applicant").asText(null))).toList());
        }
        if (m.equals("GET /api/v1/inbox")) {
            Person staff = requireRole(r, "staff");
            return page(r, applications.stream()
                    .filter(a -> a.path("form").path("departmentCode").asText().equals(staff.department()))
                    .filter(a -> !r.query().containsKey("formId")
                            || a.path("form").path("id").asText().equals(r.query().get("formId"))).toList());
        }
        if ((id = match(m, "GET /api/v1/applications/([^/]+)")) != null) {
            ObjectNode application = readableApplication(r, id.group(1));
            return application == null ? problem(404, "application-not-found", id.group(1))
                    : withETag(200, application, application.path("version").asLong());
        }
        if ((id = match(m, "POST /api/v1/applications/([^/]+)/actions")) != null) {
            return act(r, id.group(1));
        }
        if (m.equals("POST /api/v1/lending/reservations")) {
            return reserve(r);
        }
        if (m.equals("GET /api/v1/lending/reservations/mine")) {
            requireRole(r, "staff");
            return Answer.of(200, reservations.stream().filter(b -> b.path("borrower").asText().equals(r.user()))
                    .toList());
        }
        if ((id = match(m, "POST /api/v1/lending/reservations/([^/]+)/(approve|hand-over|return)")) != null) {
            return deskStep(r, id.group(1), id.group(2));
        }
        if (m.equals("GET /api/v1/announcements")) {
            requireRole(r, "info-policy");
            return Answer.of(200, announcements);
        }
        if (m.equals("POST /api/v1/announcements")) {
            requireRole(r, "info-policy");
            ObjectNode announcement = (ObjectNode) json.readTree(r.body());
            announcement.put("id", UUID.randomUUID().toString()).put("status", "DRAFT");
            announcements.add(announcement);
            return Answer.of(201, announcement);
        }
        if ((id = match(m, "POST /api/v1/announcements/([^/]+)/publish")) != null) {
            requireRole(r, "info-policy");
            ObjectNode announcement = find(announcements, id.group(1));
            if (!"DRAFT".equals(announcement.path("status").asText())) {
                return problem(409, "announcement-not-draft", announcement.path("status").asText());
            }
            announcement.put("status", "PUBLISHED");
            return Answer.of(200, announcement);
        }
        return problem(404, "not-found", m);
    }

    private Answer token(Request r) {
        Map<String, String> form = query(URI.create("?" + new String(r.body(), StandardCharsets.UTF_8)));
        String user = form.get("username");
        if (!"password".equals(form.get("grant_type")) || !"madoguchi-cli".equals(form.get("client_id"))
                || !"madoguchi".equals(form.get("password")) || !people.containsKey(user)) {
            return Answer.of(401, Map.of("error", "invalid_grant"));
        }
        return Answer.of(200, Map.of("access_token", "token-" + user, "token_type", "Bearer", "expires_in", 300));
    }

    private Answer importProcedures(Request r) {
        requireRole(r, "procedure-admin");
        String[] lines = new String(r.body(), StandardCharsets.UTF_8).split("\n");
        List<String> header = List.of(lines[0].split(","));
        int registered = 0;
        int rows = 0;
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            rows++;
            String[] cells = lines[i].split(",", -1);
            String code = cells[header.indexOf("手続きコード")];
            if (!procedures.containsKey(code)) {
                ObjectNode procedure = json.createObjectNode().put("id", UUID.randomUUID().toString())
                        .put("code", code).put("name", cells[header.indexOf("手続き名")])
                        .put("departmentCode", cells[header.indexOf("担当課")]);
                procedures.put(code, procedure);
                registered++;
            }
        }
        return Answer.of(200, Map.of("rows", rows, "registered", registered, "edited", 0, "statusChanged", 0,
                "unchanged", rows - registered, "encoding", "UTF-8"));
    }

    private Answer createForm(Request r) throws IOException {
        requireRole(r, "procedure-admin");
        ObjectNode form = (ObjectNode) json.readTree(r.body());
        for (JsonNode procedure : form.path("procedureIds")) {
            if (procedures.values().stream().noneMatch(p -> p.path("id").asText().equals(procedure.asText()))) {
                return problem(422, "invalid-input", "unknown procedure " + procedure.asText());
            }
        }
        form.put("id", UUID.randomUUID().toString()).put("status", "DRAFT").put("revision", 0);
        forms.add(form);
        return withETag(201, form, 0);
    }

    private Answer publishForm(Request r, String id) {
        requireRole(r, "procedure-admin");
        ObjectNode form = find(forms, id);
        if (!("\"" + form.path("revision").asLong() + "\"").equals(r.header("If-Match"))) {
            return problem(412, "stale-version", "If-Match " + r.header("If-Match"));
        }
        form.put("status", "PUBLISHED").put("revision", form.path("revision").asLong() + 1);
        unknownToCatalogue.put(id, catalogueLag);
        return withETag(200, form, form.path("revision").asLong());
    }

    private Answer submit(Request r, String formId) throws IOException {
        ObjectNode form = find(forms, formId);
        int unknownFor = unknownToCatalogue.getOrDefault(formId, Integer.MAX_VALUE);
        if (!"PUBLISHED".equals(form.path("status").asText()) || unknownFor > 0) {
            unknownToCatalogue.computeIfPresent(formId, (k, v) -> v - 1);
            return problem(404, "form-not-found", "Form " + formId + " is not known here. It may not be published yet.");
        }
        if (r.user() == null && !form.path("acceptsAnonymous").asBoolean()) {
            return problem(401, "sign-in-required", formId);
        }
        String key = (r.user() == null ? "(anonymous)" : r.user()) + ":" + r.header("Idempotency-Key");
        if (r.header("Idempotency-Key") != null && idempotencyKeys.containsKey(key)) {
            ObjectNode first = find(applications, idempotencyKeys.get(key));
            return new Answer(201, receipt(first), Map.of("Idempotent-Replayed", "true"));
        }
        JsonNode answers = json.readTree(r.body()).path("answers");
        if (!answers.isObject() || answers.isEmpty()) {
            return problem(422, "answers-rejected", "no answers");
        }
        ObjectNode application = json.createObjectNode().put("id", UUID.randomUUID().toString())
                .put("anonymous", r.user() == null).put("applicant", r.user()).put("version", 0);
        application.putObject("receiptNumber").put("number", String.format("R8-%06d", applications.size() + 1));
        application.putObject("status").put("code", "SUBMITTED");
        application.putObject("form").put("id", formId).put("title", form.path("title").asText())
                .put("departmentCode", form.path("departmentCode").asText());
        application.set("answers", answers);
        applications.add(application);
        if (r.header("Idempotency-Key") != null) {
            idempotencyKeys.put(key, application.path("id").asText());
        }
        return withETag(201, receipt(application), 0);
    }

    private ObjectNode receipt(ObjectNode application) {
        ObjectNode receipt = json.createObjectNode().put("applicationId", application.path("id").asText());
        receipt.set("receiptNumber", application.path("receiptNumber"));
        receipt.set("status", application.path("status"));
        return receipt;
    }

    private ObjectNode readableApplication(Request r, String id) {
        ObjectNode application = find(applications, id);
        Person person = r.user() == null ? null : people.get(r.user());
        boolean applicant = r.user() != null && r.user().equals(application.path("applicant").asText(null));
        boolean department = person != null && person.roles().contains("staff")
                && application.path("form").path("departmentCode").asText().equals(person.department());
        return applicant || department ? application : null;
    }

    private static final Map<String, Map<String, String>> STEPS = Map.of(
            "SUBMITTED", Map.of("RECEIVE", "RECEIVED", "RETURN_FOR_CORRECTION", "RETURNED", "REJECT", "REJECTED"),
            "RECEIVED", Map.of("START_REVIEW", "UNDER_REVIEW", "RETURN_FOR_CORRECTION", "RETURNED", "REJECT",
                    "REJECTED"),
            "UNDER_REVIEW", Map.of("COMPLETE", "COMPLETED", "RETURN_FOR_CORRECTION", "RETURNED", "REJECT",
                    "REJECTED"));

    private Answer act(Request r, String id) throws IOException {
        Person staff = requireRole(r, "staff");
        ObjectNode application = find(applications, id);
        if (!application.path("form").path("departmentCode").asText().equals(staff.department())) {
            return problem(404, "application-not-found", id);
        }
        if (r.header("If-Match") == null) {
            return problem(428, "precondition-required", "If-Match");
        }
        if (!("\"" + application.path("version").asLong() + "\"").equals(r.header("If-Match"))) {
            return problem(412, "stale-version", r.header("If-Match"));
        }
        JsonNode body = json.readTree(r.body());
        String action = body.path("action").asText();
        String from = application.path("status").path("code").asText();
        String to = STEPS.getOrDefault(from, Map.of()).get(action);
        if (to == null) {
            return problem(409, "invalid-transition", from + " → " + action);
        }
        if ((action.equals("REJECT") || action.equals("RETURN_FOR_CORRECTION")) && body.path("comment").asText("")
                .isBlank()) {
            return problem(422, "invalid-input", "comment required");
        }
        ((ObjectNode) application.path("status")).put("code", to);
        application.put("version", application.path("version").asLong() + 1);
        application.withArray("history").add(action + " by " + r.user());
        return withETag(200, application, application.path("version").asLong());
    }

    private Answer reserve(Request r) throws IOException {
        requireRole(r, "staff");
        ObjectNode booking = (ObjectNode) json.readTree(r.body());
        Instant start = Instant.parse(booking.path("start").asText());
        Instant end = Instant.parse(booking.path("end").asText());
        boolean sameDay = start.atZone(CITY).toLocalDate().equals(end.atZone(CITY).toLocalDate());
        booking.put("id", UUID.randomUUID().toString()).put("borrower", r.user())
                .put("status", sameDay ? "CONFIRMED" : "PENDING");
        reservations.add(booking);
        return Answer.of(201, booking);
    }

    private Answer deskStep(Request r, String id, String step) throws IOException {
        Person desk = requireRole(r, "lending-desk");
        ObjectNode booking = find(reservations, id);
        if (!booking.path("siteCode").asText().equals(desk.site())) {
            return problem(403, "other-site", booking.path("siteCode").asText());
        }
        String status = booking.path("status").asText();
        String needed = Map.of("approve", "PENDING", "hand-over", "CONFIRMED", "return", "LENT").get(step);
        if (!needed.equals(status)) {
            return problem(409, "invalid-reservation-state", status + " → " + step);
        }
        JsonNode body = json.readTree(r.body());
        if (step.equals("hand-over") && (!body.path("disinfected").asBoolean()
                || !body.path("operationChecked").asBoolean() || body.path("rulesAcknowledged").size() != 4)) {
            return problem(422, "hand-over-incomplete", body.toString());
        }
        booking.put("status", Map.of("approve", "CONFIRMED", "hand-over", "LENT", "return", "RETURNED").get(step));
        booking.withArray("desk").add(step + " by " + r.user());
        return Answer.of(200, booking);
    }

    // ---------------------------------------------------------------------------------------------

    private Person requireRole(Request r, String role) {
        Person person = r.user() == null ? null : people.get(r.user());
        if (person == null) {
            throw new Refused(401, "unauthorized");
        }
        if (!person.roles().contains(role)) {
            throw new Refused(403, "forbidden");
        }
        return person;
    }

    private static final class Refused extends RuntimeException {
        final int status;

        Refused(int status, String type) {
            super(type);
            this.status = status;
        }
    }

    private Answer page(Request r, List<ObjectNode> all) {
        int page = Integer.parseInt(r.query().getOrDefault("page", "0"));
        int size = Integer.parseInt(r.query().getOrDefault("size", "20"));
        List<ObjectNode> items = all.stream().skip((long) page * size).limit(size).toList();
        ObjectNode body = json.createObjectNode().put("total", all.size()).put("page", page).put("size", size);
        ArrayNode array = body.putArray("items");
        items.forEach(array::add);
        return Answer.of(200, body);
    }

    private Answer withETag(int status, Object body, long version) {
        return new Answer(status, body, Map.of("ETag", "\"" + version + "\""));
    }

    private Answer problem(int status, String type, String detail) {
        return Answer.of(status, Map.of("type", PROBLEMS + type, "title", type, "status", status, "detail", detail));
    }

    private static ObjectNode find(List<ObjectNode> list, String id) {
        return list.stream().filter(n -> n.path("id").asText().equals(id)).findFirst()
                .orElseThrow(() -> new Refused(404, "not-found"));
    }

    private static Matcher match(String call, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(call);
        return matcher.matches() ? matcher : null;
    }

    private static String bearer(String authorization) {
        return authorization != null && authorization.startsWith("Bearer token-")
                ? authorization.substring("Bearer token-".length()) : null;
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> query = new HashMap<>();
        String raw = uri.getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    query.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return query;
    }
}
