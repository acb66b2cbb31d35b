package org.madoguchi.applications.adapter.in.rest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.madoguchi.platform.security.Roles;

import io.smallrye.jwt.build.Jwt;

/**
 * Bearer tokens shaped like the madoguchi realm's, signed with the key of the WireMock OIDC test server, for the
 * callers of the usage statistics.
 */
final class StatisticsTokens {

    private StatisticsTokens() {
    }

    /** A token with the given realm roles and department. */
    static String of(String subject, String username, List<String> roles, String department) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("realm_access", Map.of("roles", roles));
        if (department != null) {
            claims.put("department", department);
        }
        return Jwt.claims(claims)
                .subject(subject)
                .preferredUserName(username)
                .issuer("https://server.example.com")
                .audience("https://service.example.com")
                .jws()
                .keyId("1")
                .sign("privateKey.jwk");
    }

    /** Staff of 情報政策課, who import figures and keep the categories. */
    static String informationPolicy() {
        return of("s0000000-joho-seisaku", "staff.joho-seisaku", List.of(Roles.STAFF, Roles.INFO_POLICY),
                "joho-seisaku");
    }

    /** A member of staff of another department (or a manager), who reads the statistics. */
    static String staffOf(String department) {
        return of("s0000000-" + department, "staff." + department, List.of(Roles.STAFF), department);
    }

    /** A signed-in citizen. */
    static String citizen() {
        return of("c0000000-citizen", "yamada.taro", List.of(Roles.CITIZEN), null);
    }
}
