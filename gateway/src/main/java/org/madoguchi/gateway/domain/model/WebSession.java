package org.madoguchi.gateway.domain.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One browser's sign-in to the web console (backend-for-frontend): the tokens Keycloak issued for it, which never
 * leave the gateway except as the {@code Authorization} of the requests it forwards, the CSRF token of its pages,
 * and until when it may be used.
 *
 * <p>Each token refresh stores the session anew under a new {@link SessionId}; the one it replaces stays readable
 * for a short grace so that requests the browser sent with the old cookie before it saw the new one still pass,
 * instead of signing the person out, and the new one keeps its CSRF token, so a page keeps the one it was given.
 * The tokens are held as quarkus-oidc hands them over: encrypted with a key derived from the client's secret.
 *
 * @param idToken         the ID token
 * @param accessToken     the access token the gateway adds to forwarded requests
 * @param refreshToken    the refresh token, if any
 * @param csrfToken       the token unsafe requests of its pages carry
 * @param expiresAt       after this it is gone (the session cookie's own age)
 */
public record WebSession(String idToken, String accessToken,
        Optional<String> refreshToken, CsrfToken csrfToken, Instant expiresAt) {

    /** How long a session replaced by a refresh may still be read. */
    public static final Duration REPLACED_GRACE = Duration.ofSeconds(30);

    public WebSession {
        Objects.requireNonNull(idToken, "idToken");
        Objects.requireNonNull(accessToken, "accessToken");
        refreshToken = Objects.requireNonNullElse(refreshToken, Optional.<String>empty()).filter(t -> !t.isBlank());
        Objects.requireNonNull(csrfToken, "csrfToken");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /**
     * A session for new tokens: the refresh of the session it replaces keeps that one's CSRF token; a new sign-in
     * gets a new random one.
     */
    public static WebSession of(String idToken, String accessToken, Optional<String> refreshToken, Instant expiresAt,
            Optional<WebSession> replaced) {
        CsrfToken csrf = replaced.map(WebSession::csrfToken).orElseGet(CsrfToken::random);
        return new WebSession(idToken, accessToken, refreshToken, csrf, expiresAt);
    }

    /** Whether it may still be used at this moment. */
    public boolean isUsableAt(Instant now) {
        return now.isBefore(expiresAt);
    }
}
