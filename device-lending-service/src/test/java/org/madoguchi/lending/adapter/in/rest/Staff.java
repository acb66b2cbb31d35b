package org.madoguchi.lending.adapter.in.rest;

import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Callers with Keycloak-shaped tokens signed by the test OIDC server: staff, lending desks, 情報政策課. */
public record Staff(String subject, String familyName, String department, String managedSite, List<String> roles) {

    public static Staff member(String familyName, String department) {
        return new Staff(UUID.randomUUID().toString(), familyName, department, null, List.of("staff"));
    }

    public static Staff desk(String site, String department) {
        return new Staff(UUID.randomUUID().toString(), "窓口", department, site, List.of("staff", "lending-desk"));
    }

    public static Staff infoPolicy() {
        return new Staff(UUID.randomUUID().toString(), "情報", "joho-seisaku", "honchosha", List.of("staff", "info-policy"));
    }

    public static Staff citizen() {
        return new Staff(UUID.randomUUID().toString(), "市民", null, null, List.of("citizen"));
    }

    public String token() {
        Map<String, Object> claims = new HashMap<>();
        claims.put("realm_access", Map.of("roles", roles));
        claims.put("family_name", familyName);
        claims.put("given_name", "太郎");
        if (department != null) {
            claims.put("department", department);
        }
        if (managedSite != null) {
            claims.put("managed_site", managedSite);
        }
        return Jwt.claims(claims)
                .subject(subject)
                .preferredUserName("user-" + subject.substring(0, 8))
                .issuer("https://server.example.com")
                .audience("https://service.example.com")
                .jws().keyId("1")
                .sign("privateKey.jwk");
    }

    /** A request as this caller, JSON in and out. */
    public RequestSpecification call() {
        return given().auth().oauth2(token()).contentType("application/json").accept("application/json");
    }
}
