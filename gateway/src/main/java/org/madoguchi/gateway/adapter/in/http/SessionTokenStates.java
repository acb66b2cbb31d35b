package org.madoguchi.gateway.adapter.in.http;

import java.time.Instant;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import org.madoguchi.gateway.application.port.out.WebSessions;
import org.madoguchi.gateway.domain.model.CsrfToken;
import org.madoguchi.gateway.domain.model.SessionId;
import org.madoguchi.gateway.domain.model.WebSession;

import io.quarkus.oidc.AuthorizationCodeTokens;
import io.quarkus.oidc.OidcRequestContext;
import io.quarkus.oidc.OidcTenantConfig;
import io.quarkus.oidc.TokenStateManager;
import io.quarkus.security.AuthenticationCompletionException;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Where quarkus-oidc keeps the tokens of a web console session: in the gateway's database ({@link WebSessions}), never
 * in the browser, whose session cookie holds only a random {@link SessionId}. (quarkus-oidc's own database token
 * state manager does the same, but its Maven artifact cannot be had here; this is the few lines it would be, on the
 * gateway's JDBC data source, off the event loop.)
 *
 * <p>A refresh stores the session anew (keeping its CSRF token); the one it replaces stays readable for
 * {@link WebSession#REPLACED_GRACE}, so that requests a page sent at the same moment with the old cookie pass rather
 * than sign the person out. quarkus-oidc encrypts the tokens before it hands them over (a key derived from the
 * client's secret), so the database alone holds no usable token. The session's CSRF token and id are put on the
 * routing context of the request, for the door to check and to end.
 */
@Alternative
@Priority(1)
@ApplicationScoped
class SessionTokenStates implements TokenStateManager {

    /** The routing context's key of the current session's {@link CsrfToken}. */
    static final String CSRF_TOKEN = "madoguchi.web-session.csrf-token";
    /** The routing context's key of the current session's {@link SessionId}. */
    static final String SESSION_ID = "madoguchi.web-session.id";
    /** quarkus-oidc's routing context key of the session cookie's age in seconds. */
    private static final String SESSION_MAX_AGE = "session-max-age";

    private final WebSessions sessions;

    SessionTokenStates(WebSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public Uni<String> createTokenState(RoutingContext rc, OidcTenantConfig config, AuthorizationCodeTokens tokens,
            OidcRequestContext<String> blocking) {
        Long maxAge = rc.get(SESSION_MAX_AGE);
        // a refresh replaces the session quarkus-oidc read earlier in this same request; a sign-in replaces none
        Optional<SessionId> refreshed = Optional.ofNullable(rc.get(SESSION_ID));
        return blocking.runBlocking(() -> {
            Instant now = Instant.now();
            Optional<WebSession> replaced = refreshed.flatMap(id -> sessions.find(id, now));
            WebSession session = WebSession.of(tokens.getIdToken(), tokens.getAccessToken(), Optional.ofNullable(tokens.getRefreshToken()),
                    now.plusSeconds(maxAge == null ? 0 : maxAge), replaced);
            SessionId id = SessionId.random();
            sessions.save(id, session);
            rc.put(CSRF_TOKEN, session.csrfToken());
            rc.put(SESSION_ID, id);
            return id.value();
        });
    }

    @Override
    public Uni<AuthorizationCodeTokens> getTokens(RoutingContext rc, OidcTenantConfig config, String tokenState,
            OidcRequestContext<AuthorizationCodeTokens> blocking) {
        if (!SessionId.isWellFormed(tokenState)) {
            return Uni.createFrom().failure(new AuthenticationCompletionException("not a web console session"));
        }
        SessionId id = new SessionId(tokenState);
        return blocking.runBlocking(() -> {
            WebSession session = sessions.find(id, Instant.now())
                    .orElseThrow(() -> new AuthenticationCompletionException("the web console session has ended"));
            rc.put(CSRF_TOKEN, session.csrfToken());
            rc.put(SESSION_ID, id);
            return new AuthorizationCodeTokens(session.idToken(), session.accessToken(),
                    session.refreshToken().orElse(null));
        });
    }

    @Override
    public Uni<Void> deleteTokens(RoutingContext rc, OidcTenantConfig config, String tokenState,
            OidcRequestContext<Void> blocking) {
        if (!SessionId.isWellFormed(tokenState)) {
            return Uni.createFrom().voidItem();
        }
        SessionId id = new SessionId(tokenState);
        return blocking.runBlocking(() -> {
            sessions.expireAt(id, Instant.now().plus(WebSession.REPLACED_GRACE));
            return null;
        });
    }
}
