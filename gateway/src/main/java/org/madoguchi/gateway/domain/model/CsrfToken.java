package org.madoguchi.gateway.domain.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * The token a web console page sends in {@code X-CSRF-Token} with every change it asks for (the synchronizer token
 * pattern): random, held with the session on the server, told to the page by {@code /auth/session} only, so that a
 * page of another site, which the browser sends the cookie for but which cannot read that answer, cannot know it.
 */
public record CsrfToken(String value) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public CsrfToken {
        Objects.requireNonNull(value, "value");
        if (value.length() < 32) {
            throw new IllegalArgumentException("a CSRF token has at least 32 characters");
        }
    }

    /** A new token of 256 random bits. */
    public static CsrfToken random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new CsrfToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** Whether the token a request presents is this one, compared in constant time; none presented never is. */
    public boolean matches(String presented) {
        if (presented == null) {
            return false;
        }
        return MessageDigest.isEqual(value.getBytes(StandardCharsets.UTF_8),
                presented.strip().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "CsrfToken[…]";
    }
}
