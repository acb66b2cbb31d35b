package org.madoguchi.applications;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.madoguchi.platform.security.Roles;

import io.smallrye.jwt.build.Jwt;

/** Bearer tokens shaped like the madoguchi realm's, signed with the key of the WireMock OIDC test server. */
public final class Tokens {

    private Tokens() {
    }

    /** A token with the given subject, realm roles and department. */
    public static String of(String subject, List<String> roles, String department) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("realm_access", Map.of("roles", roles));
        if (department != null) {
            claims.put("department", department);
        }
        return Jwt.claims(claims)
                .subject(subject)
                .preferredUserName("user-" + subject)
                .issuer("https://server.example.com")
                .audience("https://service.example.com")
                .jws()
                .keyId("1")
                .sign("privateKey.jwk");
    }

    /** A signed-in citizen with a subject of their own. */
    public static String citizen(String subject) {
        return of(subject, List.of(Roles.CITIZEN), null);
    }

    /** A new citizen no other test knows. */
    public static String newCitizen() {
        return citizen("c-" + UUID.randomUUID());
    }

    /** A member of staff of the department. */
    public static String staffOf(String department) {
        return of("s-" + department, List.of(Roles.STAFF), department);
    }

    /** Another member of staff of the department. */
    public static String colleagueIn(String department) {
        return of("s2-" + department, List.of(Roles.STAFF), department);
    }
}
