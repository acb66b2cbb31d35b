package org.madoguchi.procedures;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.madoguchi.platform.security.Roles;

import io.smallrye.jwt.build.Jwt;

/** Bearer tokens shaped like the madoguchi realm's, signed with the key of the WireMock OIDC test server. */
public final class Tokens {

    private Tokens() {
    }

    /** A token with the given realm roles and department. */
    public static String of(String subject, String username, List<String> roles, String department) {
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

    /** 情報政策課 staff who administer the registry. */
    public static String procedureAdmin() {
        return of("a0000000-admin", "procadmin1", List.of(Roles.STAFF, Roles.PROCEDURE_ADMIN), "joho-seisaku");
    }

    /** A member of staff of the given department. */
    public static String staffOf(String department) {
        return of("s0000000-" + department, "staff." + department, List.of(Roles.STAFF), department);
    }

    /** A signed-in citizen. */
    public static String citizen() {
        return of("c0000000-citizen", "yamada.taro", List.of(Roles.CITIZEN), null);
    }
}
