package org.madoguchi.gateway;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.smallrye.jwt.build.Jwt;

/** Keycloak-shaped bearer tokens signed by the test OIDC server; a new subject each, unless one is given. */
public final class Tokens {

    private Tokens() {
    }

    public static String of(String subject, String... roles) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("realm_access", Map.of("roles", List.of(roles)));
        return Jwt.claims(claims)
                .subject(subject)
                .preferredUserName("user-" + subject.substring(0, Math.min(8, subject.length())))
                .issuer("https://server.example.com")
                .audience("https://service.example.com")
                .jws().keyId("1")
                .sign("privateKey.jwk");
    }

    public static String staff() {
        return of(UUID.randomUUID().toString(), "staff");
    }

    public static String citizen() {
        return of(UUID.randomUUID().toString(), "citizen");
    }

    public static String ops() {
        return of(UUID.randomUUID().toString(), "staff", "ops");
    }
}
