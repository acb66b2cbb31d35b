package org.madoguchi.procedures.adapter.in.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.madoguchi.procedures.Api.as;
import static org.madoguchi.procedures.Api.form;
import static org.madoguchi.procedures.Api.procedure;
import static org.madoguchi.procedures.Api.register;
import static org.madoguchi.procedures.Api.uniqueCode;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.madoguchi.procedures.Tokens;
import org.madoguchi.testing.BadText;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Text no JSON body may carry ({@link BadText}: NUL, ESC, an unpaired surrogate, 10,001 characters), put into
 * every text field of every write endpoint that takes JSON, one field at a time in an otherwise valid body:
 * each is a 400 {@code invalid-text} problem naming that field, and no row of the service's tables changes,
 * nor the resource as it reads back. The same body with acceptable text then goes through and writes, so the
 * check for "nothing written" is seen to notice a write.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "procedures"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class TextInputTest {

    private static final String MARKER = "@@bad-text@@";
    private static final String INVALID_TEXT = "https://madoguchi.org/problems/invalid-text";
    private static final List<String> TABLES = List.of("department", "procedure", "procedure_change", "form",
            "form_version", "form_procedure", "published_progress", "published_online_count", "event_outbox");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Endpoints that take JSON but write nothing; ReadingApiTest checks their text rules. */
    private static final Set<String> READ_ONLY = Set.of("POST /api/v1/readings");

    @Inject
    AgroalDataSource dataSource;

    /** Every write endpoint of procedures-service that takes a JSON body; the status change once per shape. */
    enum Endpoint {
        PUT_DEPARTMENT("PUT", "/api/v1/departments/{code}"),
        REGISTER_PROCEDURE("POST", "/api/v1/procedures"),
        EDIT_PROCEDURE("PUT", "/api/v1/procedures/{id}"),
        PLAN_PROCEDURE("POST", "/api/v1/procedures/{id}/status"),
        COMPLETE_PROCEDURE("POST", "/api/v1/procedures/{id}/status"),
        REVISE_PROCEDURE("POST", "/api/v1/procedures/{id}/status"),
        CREATE_FORM("POST", "/api/v1/forms"),
        EDIT_FORM("PUT", "/api/v1/forms/{id}");

        final String method;
        final String path;

        Endpoint(String method, String path) {
            this.method = method;
            this.path = path;
        }
    }

    /**
     * One endpoint made ready: where to send, with which If-Match, a valid body, and where its resource reads back.
     *
     * @param url      the request URL
     * @param ifMatch  the If-Match header; {@code null} for none
     * @param body     a valid body, different from the resource as it is
     * @param readBack where the resource reads back; {@code null} for a new resource
     */
    record Target(String url, String ifMatch, Map<String, Object> body, String readBack) {
    }

    /** What a write would change: the rows of every table and the resource as it reads back. */
    record Snapshot(Map<String, Long> rows, String resource) {
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Endpoint.class)
    void text_no_json_body_may_carry_is_refused_in_every_text_field_before_anything_is_written(Endpoint endpoint) {
        Target target = prepare(endpoint);
        List<String> fields = textFields(target.body(), "");
        assertThat(fields).as("text fields of %s", endpoint).isNotEmpty();
        Snapshot before = snapshot(target);

        for (String field : fields) {
            for (BadText bad : BadText.values()) {
                String what = endpoint + " " + field + " " + bad;
                Response response = send(endpoint, target, withBadText(target.body(), field, bad));
                JsonPath problem = response.jsonPath();
                assertThat(response.statusCode()).as(what).isEqualTo(400);
                assertThat(response.contentType()).as(what).startsWith("application/problem+json");
                assertThat(problem.getString("type")).as(what).isEqualTo(INVALID_TEXT);
                assertThat(problem.getList("errors.field")).as(what).containsExactly(field);
                assertThat(problem.getList("errors.code")).as(what).containsExactly(bad.code());
                assertThat(snapshot(target)).as(what).isEqualTo(before);
            }
        }

        Response accepted = send(endpoint, target, json(target.body()));
        assertThat(accepted.statusCode()).as("%s with acceptable text: %s", endpoint, accepted.asString())
                .isBetween(200, 201);
        assertThat(snapshot(target)).as("%s with acceptable text writes", endpoint).isNotEqualTo(before);
    }

    @Test
    void every_write_endpoint_that_takes_json_is_in_the_list_above() {
        Map<String, Map<String, Object>> paths = given().get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        Set<String> takingJson = new TreeSet<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            Object content = ((Map<?, ?>) operation).get("requestBody") instanceof Map<?, ?> body
                    ? body.get("content") : null;
            if (Set.of("post", "put", "patch").contains(method) && content instanceof Map<?, ?> types
                    && types.keySet().stream().anyMatch(t -> t.toString().contains("json"))) {
                takingJson.add(method.toUpperCase() + " " + path);
            }
        }));

        Set<String> listed = new TreeSet<>(READ_ONLY);
        Arrays.stream(Endpoint.values()).forEach(e -> listed.add(e.method + " " + e.path));
        assertThat(takingJson).isEqualTo(listed).contains("PUT /api/v1/departments/{code}", "POST /api/v1/forms");
    }

    private Target prepare(Endpoint endpoint) {
        return switch (endpoint) {
            case PUT_DEPARTMENT -> {
                String code = "text-" + uniqueCode("d").substring(2).toLowerCase();
                as(Tokens.procedureAdmin()).body(Map.of("name", "文字検査課" + code, "nameEn", "Text Check Division"))
                        .put("/api/v1/departments/" + code).then().statusCode(200);
                yield new Target("/api/v1/departments/" + code, null, body("name", "文字検査推進課" + code,
                        "nameEn", "Text Check Promotion Division", "division", "文字検査部"),
                        "/api/v1/departments/" + code);
            }
            case REGISTER_PROCEDURE -> new Target("/api/v1/procedures", null, procedureBody(uniqueCode("TXT")), null);
            case EDIT_PROCEDURE -> {
                String id = registered(false);
                Map<String, Object> body = procedureBody(null);
                body.remove("code");
                body.remove("plannedFiscalYear");
                yield new Target("/api/v1/procedures/" + id, "\"0\"", body, "/api/v1/procedures/" + id);
            }
            case PLAN_PROCEDURE -> statusChange(registered(false),
                    body("status", "PLANNED", "fiscalYear", "令和12年度"));
            case COMPLETE_PROCEDURE -> {
                String id = registered(false);
                String formId = as(Tokens.procedureAdmin()).body(form("PROCEDURE", "kenko-kosodate", "文字検査フォーム",
                        List.of(id))).post("/api/v1/forms").then().statusCode(201).extract().path("id");
                // dated today: a completion within 令和4年度 would change the figures FiscalYearReportsTest checks
                String today = LocalDate.now(ZoneId.of("Asia/Tokyo")).toString();
                yield statusChange(id, body("status", "COMPLETED", "on", today, "formId", formId));
            }
            case REVISE_PROCEDURE -> statusChange(registered(true),
                    body("status", "REVISED", "reason", "OTHER", "note", "国の様式が定まらないため"));
            case CREATE_FORM -> new Target("/api/v1/forms", null, formBody(registered(false), true), null);
            case EDIT_FORM -> {
                String id = as(Tokens.procedureAdmin()).body(form("SURVEY", "kenko-kosodate", "文字検査アンケート",
                        List.of())).post("/api/v1/forms").then().statusCode(201).extract().path("id");
                yield new Target("/api/v1/forms/" + id, "\"0\"", formBody(registered(false), false),
                        "/api/v1/forms/" + id);
            }
        };
    }

    private static Target statusChange(String procedureId, Map<String, Object> body) {
        return new Target("/api/v1/procedures/" + procedureId + "/status", "\"0\"", body,
                "/api/v1/procedures/" + procedureId);
    }

    /** A procedure of 健康・子育て推進課, planned for a fiscal year or in no plan. */
    private static String registered(boolean planned) {
        Map<String, Object> body = procedure(uniqueCode("TXT"), "文字検査手続き", "もじけんさてつづき", "kenko-kosodate");
        if (planned) {
            body.put("plannedFiscalYear", "2030");
        }
        return register(body).path("id");
    }

    private static Map<String, Object> procedureBody(String code) {
        Map<String, Object> body = procedure(code, "文字検査届", "もじけんさとどけ", "kenko-kosodate");
        body.put("legalBasis", "鳥取市文字検査条例");
        body.put("sealReview", body("sealRequired", true, "paperRequired", false, "inPersonRequired", false,
                "outcome", "KEPT", "keptReason", "法令で定められているため"));
        body.put("plannedFiscalYear", "FY2030");
        return body;
    }

    private static Map<String, Object> formBody(String procedureId, boolean withKindAndDepartment) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (withKindAndDepartment) {
            body.put("kind", "PROCEDURE");
            body.put("departmentCode", "kenko-kosodate");
        }
        body.put("title", "文字検査の申請");
        body.put("titleEn", "Text check application");
        body.put("description", "すべて入力してください。\n二行目です。");
        body.put("descriptionEn", "Please fill in everything.");
        body.put("fields", List.of(
                body("key", "name", "label", "氏名", "labelEn", "Name", "type", "TEXT", "required", true,
                        "maxLength", 50, "pattern", "^[^0-9]+$"),
                body("key", "visit", "label", "来庁予定", "type", "SINGLE_CHOICE", "required", false,
                        "choices", List.of("午前", "午後"))));
        body.put("acceptsAnonymous", false);
        body.put("opensAt", "2030-04-01T00:00:00Z");
        body.put("closesAt", "2030-05-01T00:00:00Z");
        body.put("procedureIds", List.of(procedureId));
        return body;
    }

    private static Map<String, Object> body(Object... keysAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            body.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return body;
    }

    /** The paths of every string in a body, as the platform names fields: {@code fields[1].choices[0]}. */
    private static List<String> textFields(Object node, String path) {
        List<String> fields = new ArrayList<>();
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> fields.addAll(textFields(value, path.isEmpty() ? (String) key
                    : path + "." + key)));
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                fields.addAll(textFields(list.get(i), path + "[" + i + "]"));
            }
        } else if (node instanceof String) {
            fields.add(path);
        }
        return fields;
    }

    /** The body as JSON with the bad text as the string at {@code field}. */
    private static String withBadText(Map<String, Object> body, String field, BadText bad) {
        return json(marked(body, "", field)).replace("\"" + MARKER + "\"", "\"" + bad.inJson() + "\"");
    }

    private static Object marked(Object node, String path, String field) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, value) -> copy.put((String) key, marked(value, path.isEmpty() ? (String) key
                    : path + "." + key, field)));
            return copy;
        }
        if (node instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                copy.add(marked(list.get(i), path + "[" + i + "]", field));
            }
            return copy;
        }
        return node instanceof String && path.equals(field) ? MARKER : node;
    }

    private static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Response send(Endpoint endpoint, Target target, String json) {
        var request = as(Tokens.procedureAdmin()).header("Accept-Language", "en")
                .body(json.getBytes(StandardCharsets.UTF_8));
        if (target.ifMatch() != null) {
            request = request.header("If-Match", target.ifMatch());
        }
        return request.request(endpoint.method, target.url());
    }

    private Snapshot snapshot(Target target) {
        Map<String, Long> rows = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet count = statement.executeQuery("select count(*) from " + table)) {
                    count.next();
                    rows.put(table, count.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count the rows", e);
        }
        String resource = target.readBack() == null ? null
                : as(Tokens.procedureAdmin()).get(target.readBack()).then().statusCode(200).extract().asString();
        return new Snapshot(rows, resource);
    }
}
