package org.madoguchi.applications.adapter.in.rest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.madoguchi.platform.security.Roles;

import io.smallrye.jwt.build.Jwt;

/** Bearer tokens shaped like the madoguchi realm's, signed with the key of the WireMock OIDC test server. */
final class AttachmentTokens {

    private AttachmentTokens() {
    }

    /** A token with the given realm roles and department. */
    static String of(String subject, List<String> roles, String department) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("realm_access", Map.of("roles", roles));
        if (department != null) {
            claims.put("department", department);
        }
        return Jwt.claims(claims)
                .subject(subject)
                .preferredUserName(subject)
                .issuer("https://server.example.com")
                .audience("https://service.example.com")
                .jws()
                .keyId("1")
                .sign("privateKey.jwk");
    }

    /** A signed-in citizen with that subject. */
    static String citizen(String subject) {
        return of(subject, List.of(Roles.CITIZEN), null);
    }

    /** A member of staff of the given department. */
    static String staffOf(String department) {
        return of("s-" + department, List.of(Roles.STAFF), department);
    }
}
