package org.madoguchi.platform.security;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.smallrye.jwt.build.Jwt;

/** Bearer tokens shaped like the madoguchi realm's, signed with the key of the WireMock OIDC server. */
public final class Tokens {

    private Tokens() {
    }

    /** A token with the given realm roles and extra claims. */
    public static String of(String subject, String username, List<String> roles, Map<String, String> claims) {
        Map<String, Object> all = new HashMap<>(claims);
        all.put("realm_access", Map.of("roles", roles));
        return Jwt.claims(all)
                .subject(subject)
                .preferredUserName(username)
                .issuer("https://server.example.com")
                .audience("https://server.example.com")
                .jws()
                .keyId("1")
                .sign("privateKey.jwk");
    }

    /** A citizen's token carrying the signature of another token, which a resource server must reject. */
    public static String withForgedSignature() {
        String[] citizen = citizen().split("\\.");
        String[] other = of("0d9a7e3b-other", "sato.jiro", List.of(Roles.OPS), Map.of()).split("\\.");
        return citizen[0] + "." + citizen[1] + "." + other[2];
    }

    /** A citizen without staff claims. */
    public static String citizen() {
        return of("b1c4a0f2-citizen", "yamada.taro", List.of(Roles.CITIZEN), Map.of());
    }
}
