package org.madoguchi.notification;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.madoguchi.notification.application.port.out.InMemoryDirectory;
import org.madoguchi.notification.domain.model.Addressee;
import org.madoguchi.notification.domain.model.DirectoryEntry;
import org.madoguchi.notification.domain.model.Language;

import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;

/**
 * A person of the tests: a fresh subject, their roles, department and site, their email address and language in
 * the directory, and a Keycloak-shaped token signed by the test OIDC server.
 */
public record Caller(String subject, List<String> roles, String department, String managedSite, String email,
                     Language language) {

    public static Caller citizen(Language language) {
        return fresh(List.of("citizen"), null, null, language);
    }

    public static Caller staff(String department) {
        return fresh(List.of("staff"), department, null, Language.JA);
    }

    public static Caller desk(String site, Language language) {
        return fresh(List.of("staff", "lending-desk"), "hoken-somu", site, language);
    }

    public static Caller infoPolicy() {
        return fresh(List.of("staff", "info-policy"), "joho-seisaku", "honchosha", Language.JA);
    }

    public static Caller ops() {
        return fresh(List.of("ops"), "joho-seisaku", null, Language.JA);
    }

    private static Caller fresh(List<String> roles, String department, String site, Language language) {
        String subject = UUID.randomUUID().toString();
        return new Caller(subject, roles, department, site, "p-" + subject.substring(0, 8) + "@city.example.jp", language);
    }

    /** This person, listed in the directory with the roles of places they hold. */
    public Caller listed(Addressee... holds) {
        directory().add(new DirectoryEntry(subject, Optional.ofNullable(email), Optional.of(language)), holds);
        return this;
    }

    private static InMemoryDirectory directory() {
        return TestDirectory.PEOPLE;
    }

    public String token() {
        Map<String, Object> claims = new HashMap<>();
        claims.put("realm_access", Map.of("roles", roles));
        claims.put("family_name", "鳥取");
        claims.put("given_name", "花子");
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

    /** A request as this person, JSON in and out. */
    public RequestSpecification call() {
        return given().auth().oauth2(token()).contentType("application/json").accept("application/json");
    }
}
