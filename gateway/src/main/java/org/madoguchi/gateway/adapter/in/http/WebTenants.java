package org.madoguchi.gateway.adapter.in.http;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.oidc.TenantResolver;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Which of quarkus-oidc's two tenants checks a request: the web console's sign-in ({@value #WEB}: authorization code
 * flow with PKCE, client {@code web}, the session cookie) for {@code /auth/*} and for any request that carries the
 * session cookie and no {@code Authorization} header; the bearer tenant (the default, as before) for everything else,
 * so that a mobile app's or a script's {@code Authorization: Bearer} is checked exactly as it always was.
 */
@ApplicationScoped
class WebTenants implements TenantResolver {

    /** The tenant of the web console's sign-in ({@code quarkus.oidc.web.*}). */
    static final String WEB = "web";
    /** quarkus-oidc's id of the default tenant: bearer tokens. */
    static final String BEARER = "Default";
    /** The session cookie quarkus-oidc sets for the web tenant: only a {@code SessionId}. */
    static final String SESSION_COOKIE = "q_session_" + WEB;
    /** The paths of the sign-in itself. */
    static final String SIGN_IN_PATHS = "/auth/";
    /** The attribute quarkus-oidc puts the tenant of an identity it made under. */
    private static final String TENANT_ATTRIBUTE = "tenant-id";

    @Override
    public String resolve(RoutingContext rc) {
        return isSignInPath(rc) || carriesSession(rc) ? WEB : BEARER;
    }

    static boolean isSignInPath(RoutingContext rc) {
        String path = rc.normalizedPath();
        return path != null && path.startsWith(SIGN_IN_PATHS);
    }

    /** Whether the browser's session cookie speaks for the request: it has one and no {@code Authorization}. */
    static boolean carriesSession(RoutingContext rc) {
        return rc.request().getHeader(HttpHeaders.AUTHORIZATION) == null
                && rc.request().getCookie(SESSION_COOKIE) != null;
    }

    /** Whether an identity is a web console session's (not a bearer token's). */
    static boolean isWebSession(SecurityIdentity identity) {
        return identity != null && !identity.isAnonymous() && WEB.equals(identity.getAttribute(TENANT_ATTRIBUTE));
    }
}
