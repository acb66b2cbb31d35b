package org.madoguchi.gateway.adapter.in.http;

import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.json.JsonString;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.madoguchi.gateway.application.port.out.WebSessions;
import org.madoguchi.gateway.domain.model.CsrfToken;
import org.madoguchi.gateway.domain.model.ReturnTo;
import org.madoguchi.gateway.domain.model.SessionId;
import org.madoguchi.platform.security.Caller;
import org.madoguchi.platform.security.Roles;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.OidcProviderClient;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The web console's sign-in, the gateway as its backend-for-frontend: quarkus-oidc runs the authorization code flow
 * with PKCE for client {@code web} (the tenant {@value WebTenants#WEB}) and keeps the tokens on the server
 * ({@link SessionTokenStates}); these are the few endpoints around it that the page uses.
 *
 * <ul>
 *   <li>{@code GET /auth/login?returnTo=/path&lang=ja|en}: signed in, a redirect to {@code returnTo} (only a path of
 *       this origin, {@link ReturnTo}); not signed in, quarkus-oidc redirects to Keycloak first (the HTTP permission
 *       {@code web-sign-in} requires a sign-in here) and, once Keycloak sends the browser back to
 *       {@code /auth/callback}, to this same URL again;</li>
 *   <li>{@code GET /auth/session}: who is signed in, and the CSRF token, or {@code {"authenticated":false}};</li>
 *   <li>{@code POST /auth/logout} (with the CSRF token): the refresh token revoked at Keycloak, the session deleted,
 *       the cookie cleared.</li>
 * </ul>
 * No answer ever holds a token.
 */
@ApplicationScoped
class WebSignIn {

    static final String LOGIN = "/auth/login";
    static final String CALLBACK = "/auth/callback";
    static final String SESSION = "/auth/session";
    static final String LOGOUT = "/auth/logout";

    private static final Logger LOG = Logger.getLogger(WebSignIn.class);

    private final CsrfProtection csrf;
    private final ProblemResponses problems;
    private final WebSessions sessions;
    private final boolean secureCookie;

    WebSignIn(CsrfProtection csrf, ProblemResponses problems, WebSessions sessions,
            @ConfigProperty(name = "quarkus.oidc.web.authentication.cookie-force-secure", defaultValue = "false")
            boolean secureCookie) {
        this.csrf = csrf;
        this.problems = problems;
        this.sessions = sessions;
        this.secureCookie = secureCookie;
    }

    void mount(@Observes Router router) {
        router.get(LOGIN).handler(this::returnTo);
        router.get(CALLBACK).handler(this::returnTo);
        router.get(SESSION).handler(this::session);
        router.post(LOGOUT).handler(this::logout);
    }

    /** Whether quarkus-oidc itself answers a failed sign-in on this path (by sending the browser to Keycloak). */
    static boolean startsSignIn(String path) {
        return LOGIN.equals(path) || CALLBACK.equals(path);
    }

    private void returnTo(RoutingContext rc) {
        String target = ReturnTo.of(Optional.ofNullable(rc.request().getParam("returnTo")));
        rc.response().setStatusCode(302).putHeader(HttpHeaders.LOCATION, target)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store").end();
    }

    private void session(RoutingContext rc) {
        Callers.identity(rc).subscribe().with(identity -> {
            if (!WebTenants.isWebSession(identity)) {
                json(rc, new JsonObject().put("authenticated", false));
                return;
            }
            json(rc, describe(identity, rc.get(SessionTokenStates.CSRF_TOKEN)));
        }, failure -> signedOut(rc));
    }

    private static JsonObject describe(SecurityIdentity identity, CsrfToken csrfToken) {
        Caller caller = Callers.caller(identity);
        JsonWebToken idToken = (JsonWebToken) identity.getPrincipal();
        String locale = text(idToken, "locale").map(l -> l.toLowerCase(Locale.ROOT)).filter(l -> l.startsWith("en"))
                .map(l -> "en").orElse("ja");
        JsonArray roles = new JsonArray();
        new TreeSet<>(caller.roles()).stream().filter(Roles.ALL::contains).forEach(roles::add);
        return new JsonObject()
                .put("authenticated", true)
                .put("subject", caller.subject())
                .put("username", caller.username())
                .put("name", displayName(caller, idToken, locale))
                .put("roles", roles)
                .put("department", caller.department().orElse(null))
                .put("managedSite", caller.managedSite().orElse(null))
                .put("locale", locale)
                .put("csrfToken", csrfToken == null ? null : csrfToken.value());
    }

    /** 姓 名 in Japanese, given name first in English; Keycloak's {@code name} when either is missing. */
    private static String displayName(Caller caller, JsonWebToken idToken, String locale) {
        if (caller.familyName().isPresent() && caller.givenName().isPresent()) {
            return "ja".equals(locale) ? caller.familyName().get() + " " + caller.givenName().get()
                    : caller.givenName().get() + " " + caller.familyName().get();
        }
        return text(idToken, "name").orElse(caller.username());
    }

    private static Optional<String> text(JsonWebToken token, String claim) {
        Object value = token.getClaim(claim);
        String text = value instanceof JsonString json ? json.getString() : value instanceof String string ? string
                : null;
        return Optional.ofNullable(text).filter(present -> !present.isBlank());
    }

    private void logout(RoutingContext rc) {
        Callers.identity(rc).subscribe().with(identity -> {
            if (!WebTenants.isWebSession(identity)) {
                signedOut(rc);
                return;
            }
            if (!csrf.permits(rc)) {
                problems.send(rc.request(), 403, "csrf-token-invalid");
                return;
            }
            revoke(identity).subscribe().with(revoked -> end(rc), failure -> end(rc));
        }, failure -> signedOut(rc));
    }

    /** Revokes the session's refresh token at Keycloak, which ends its session there; a failure is only logged. */
    private static Uni<Boolean> revoke(SecurityIdentity identity) {
        AccessTokenCredential tokens = identity.getCredential(AccessTokenCredential.class);
        OidcProviderClient keycloak = identity.getAttribute(OidcProviderClient.class.getName());
        if (tokens == null || tokens.getRefreshToken() == null || keycloak == null) {
            return Uni.createFrom().item(false);
        }
        return keycloak.revokeRefreshToken(tokens.getRefreshToken().getToken())
                .onFailure().invoke(failure -> LOG.warnf("Keycloak did not revoke a web session's refresh token: %s",
                        failure.toString()))
                .onFailure().recoverWithItem(false);
    }

    private void end(RoutingContext rc) {
        SessionId current = rc.get(SessionTokenStates.SESSION_ID);
        Cookie cookie = rc.request().getCookie(WebTenants.SESSION_COOKIE);
        rc.vertx().executeBlocking(() -> {
            if (current != null) {
                sessions.end(current);
            }
            if (cookie != null && SessionId.isWellFormed(cookie.getValue())) {
                sessions.end(new SessionId(cookie.getValue()));
            }
            return null;
        }, false).onComplete(ended -> {
            if (ended.failed()) {
                LOG.errorf(ended.cause(), "A web session could not be ended");
                problems.send(rc.request(), 503, "service-unavailable");
                return;
            }
            signedOut(rc);
        });
    }

    /** The answer when no session is (any longer) there: the cookie cleared, and what the path answers then. */
    void signedOut(RoutingContext rc) {
        rc.response().headers().remove("WWW-Authenticate");
        clearSessionCookie(rc.response());
        if (LOGOUT.equals(rc.normalizedPath())) {
            json(rc, new JsonObject().put("loggedOut", true));
        } else {
            json(rc, new JsonObject().put("authenticated", false));
        }
    }

    /** Tells the browser to forget its session cookie. */
    void clearSessionCookie(HttpServerResponse response) {
        response.addCookie(Cookie.cookie(WebTenants.SESSION_COOKIE, "").setPath("/").setMaxAge(0).setHttpOnly(true)
                .setSecure(secureCookie).setSameSite(CookieSameSite.LAX));
    }

    private static void json(RoutingContext rc, JsonObject body) {
        rc.response().setStatusCode(200).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store").end(body.encode());
    }
}
