package org.madoguchi.procedures;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** What the REST tests do again and again, over real HTTP. */
public final class Api {

    private Api() {
    }

    /** A request with the given bearer token, Japanese by default. */
    public static RequestSpecification as(String token) {
        return given().config(RAW_CHARSET).auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** Sends a Content-Type as given: no charset appended that a real client would not send. */
    public static final RestAssuredConfig RAW_CHARSET = RestAssuredConfig.config().encoderConfig(
            EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    /** A code no other test uses. */
    public static String uniqueCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** The body of a procedure registration. */
    public static Map<String, Object> procedure(String code, String name, String kana, String department) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", name);
        body.put("kana", kana);
        body.put("departmentCode", department);
        body.put("category", "申請");
        body.put("description", name + "の手続きです。");
        return body;
    }

    /** Registers a procedure as procedure administrator; returns the response. */
    public static Response register(Map<String, Object> body) {
        return as(Tokens.procedureAdmin()).body(body).post("/api/v1/procedures").then().statusCode(201).extract()
                .response();
    }

    /** Changes a procedure's status as procedure administrator, reading its ETag first. */
    public static Response changeStatus(String id, Map<String, Object> change) {
        String etag = as(Tokens.procedureAdmin()).get("/api/v1/procedures/" + id).then().statusCode(200).extract()
                .header("ETag");
        return as(Tokens.procedureAdmin()).header("If-Match", etag).body(change)
                .post("/api/v1/procedures/" + id + "/status").then().extract().response();
    }

    /** Registers a procedure and makes it available online today. */
    public static String registerOnline(String code, String name, String kana, String department) {
        String id = register(procedure(code, name, kana, department)).path("id");
        changeStatus(id, Map.of("status", "COMPLETED")).then().statusCode(200);
        return id;
    }

    /** A minimal form body. */
    public static Map<String, Object> form(String kind, String department, String title, List<String> procedureIds) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("departmentCode", department);
        body.put("title", title);
        body.put("titleEn", title + " (EN)");
        body.put("acceptsAnonymous", false);
        body.put("procedureIds", procedureIds);
        body.put("fields", List.of(
                Map.of("key", "name", "label", "氏名", "labelEn", "Name", "type", "TEXT", "required", true,
                        "maxLength", 50),
                Map.of("key", "postalCode", "label", "郵便番号", "type", "POSTAL_CODE", "required", true),
                Map.of("key", "consent", "label", "個人情報の取扱いに同意します", "type", "CONSENT", "required", true)));
        return body;
    }
}
