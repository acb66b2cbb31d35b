package org.madoguchi.gateway.adapter.in.http;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.Unremovable;
import io.quarkus.oidc.JavaScriptRequestChecker;
import io.vertx.ext.web.RoutingContext;

/**
 * Which requests of the web tenant quarkus-oidc may answer with a redirect to Keycloak: only the sign-in's own
 * ({@code /auth/login}, {@code /auth/callback}), which the browser navigates to. Every other one is a page's script
 * calling (an API call, {@code /auth/session}): with {@code java-script-auto-redirect=false} quarkus-oidc then makes
 * no redirect nor sign-in state for it, and the door answers 401 {@code sign-in-required} (or
 * {@code {"authenticated":false}}) itself.
 */
@ApplicationScoped
@Unremovable
class BrowserCalls implements JavaScriptRequestChecker {

    @Override
    public boolean isJavaScriptRequest(RoutingContext rc) {
        return !WebSignIn.startsSignIn(rc.normalizedPath());
    }
}
