package org.madoguchi.gateway.adapter.in.http;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.madoguchi.gateway.application.port.in.AdmitRequestCommand;
import org.madoguchi.gateway.application.port.in.AdmitRequestUseCase;
import org.madoguchi.gateway.config.GatewayConfig;
import org.madoguchi.gateway.domain.model.Admission;
import org.madoguchi.gateway.domain.model.RequestId;
import org.madoguchi.gateway.domain.model.TraceContext;
import org.madoguchi.platform.security.Caller;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The one entry for the front-ends, mounted on Quarkus's router after its CORS and token handling: every
 * {@code /api/v1/...} request is admitted ({@link AdmitRequestUseCase}: route, rate limit, token where the path is
 * not public) and then streamed to its service by the route's reverse proxy, with the caller's bearer token as it
 * came, or, for the web console's session cookie, the session's access token as {@code Authorization: Bearer}
 * (a change it asks for checked against cross-site request forgery first, {@link CsrfProtection}); no service ever
 * sees a sign-in cookie. {@code /openapi/<service>} passes each service's OpenAPI document on for the Swagger UI.
 */
@ApplicationScoped
class FrontDoor {

    private static final Logger LOG = Logger.getLogger(FrontDoor.class);

    private final AdmitRequestUseCase admission;
    private final Upstreams upstreams;
    private final ProblemResponses problems;
    private final OpsEventStream opsEvents;
    private final CsrfProtection csrf;
    private final WebSignIn signIn;
    private final List<String> internalHeaders;

    FrontDoor(AdmitRequestUseCase admission, Upstreams upstreams, ProblemResponses problems, OpsEventStream opsEvents,
            CsrfProtection csrf, WebSignIn signIn, GatewayConfig config) {
        this.admission = admission;
        this.upstreams = upstreams;
        this.problems = problems;
        this.opsEvents = opsEvents;
        this.csrf = csrf;
        this.signIn = signIn;
        this.internalHeaders = List.copyOf(config.internalHeaders());
    }

    void mount(@Observes Router router) {
        router.route().order(-1).failureHandler(this::authenticationFailed);
        router.get(OpsEventStream.PATH).handler(opsEvents::handle);
        router.get("/openapi/:upstream").handler(this::document);
        router.route("/api/v1/*").handler(this::forward);
    }

    private void forward(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        request.pause();
        String requestId = requestId(rc);
        if (!request.path().equals(rc.normalizedPath())) {
            refuse(request, 400, "malformed-path");
            return;
        }
        Callers.identity(rc).subscribe().with(
                identity -> {
                    if (WebTenants.isWebSession(identity) && CsrfProtection.isUnsafe(request.method())
                            && !csrf.permits(rc)) {
                        refuse(request, 403, "csrf-token-invalid");
                        return;
                    }
                    admit(rc, identity, requestId);
                },
                failure -> {
                    if (WebTenants.carriesSession(rc)) {
                        sessionEnded(rc);
                        return;
                    }
                    request.response().putHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
                    refuse(request, 401, "invalid-token");
                });
    }

    private void admit(RoutingContext rc, SecurityIdentity identity, String requestId) {
        HttpServerRequest request = rc.request();
        Caller caller = Callers.caller(identity);
        String address = Callers.address(rc);
        AdmitRequestCommand command = new AdmitRequestCommand(request.method().name(), request.path(),
                Callers.key(caller, address));
        rc.vertx().executeBlocking(() -> admission.admit(command), false).onComplete(decided -> {
            if (decided.failed()) {
                LOG.errorf(decided.cause(), "Request %s %s could not be admitted", request.method(), request.path());
                refuse(request, 503, "service-unavailable");
                return;
            }
            Admission decision = decided.result();
            if (decision instanceof Admission.Forward forward) {
                prepare(rc, address, requestId);
                if (WebTenants.isWebSession(identity)) {
                    request.headers().set(HttpHeaders.AUTHORIZATION,
                            "Bearer " + identity.getCredential(AccessTokenCredential.class).getToken());
                }
                upstreams.proxyOf(forward.route()).handle(request);
            } else if (decision instanceof Admission.Limited limited) {
                long seconds = limited.consumption().retryAfterSeconds();
                request.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
                refuse(request, 429, "rate-limit-exceeded", seconds);
            } else if (decision instanceof Admission.SignInRequired) {
                request.response().putHeader("WWW-Authenticate", "Bearer");
                refuse(request, 401, "sign-in-required");
            } else {
                refuse(request, 404, "route-not-found");
            }
        });
    }

    /**
     * A bearer token that does not validate (expired, altered, another issuer's) is refused by quarkus-oidc before
     * any route runs, with an empty 401; the door words it as its own problem, on public paths too. A web console
     * session that cannot go on (ended, or its refresh failed) is a 401 {@code sign-in-required} for an API call,
     * {@code {"authenticated":false}} for {@code /auth/session}, and its cookie is cleared; on the sign-in's own
     * paths quarkus-oidc sends the browser to Keycloak as usual.
     */
    private void authenticationFailed(RoutingContext rc) {
        Throwable failure = rc.failure();
        boolean authentication = failure instanceof AuthenticationFailedException
                || failure instanceof AuthenticationCompletionException;
        if (!authentication || rc.response().headWritten() || WebSignIn.startsSignIn(rc.normalizedPath())) {
            rc.next();
        } else if (WebTenants.isSignInPath(rc)) {
            signIn.signedOut(rc);
        } else if (WebTenants.carriesSession(rc)) {
            requestId(rc);
            sessionEnded(rc);
        } else if (failure instanceof AuthenticationFailedException) {
            requestId(rc);
            rc.response().putHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            refuse(rc.request(), 401, "invalid-token");
        } else {
            rc.next();
        }
    }

    /** A request of a web console session that has ended: sign in again. */
    private void sessionEnded(RoutingContext rc) {
        rc.response().headers().remove("WWW-Authenticate");
        signIn.clearSessionCookie(rc.response());
        refuse(rc.request(), 401, "sign-in-required");
    }

    private void document(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        request.pause();
        String requestId = requestId(rc);
        upstreams.documentOf(rc.pathParam("upstream")).ifPresentOrElse(proxy -> {
            prepare(rc, Callers.address(rc), requestId);
            proxy.handle(request);
        }, () -> refuse(request, 404, "route-not-found"));
    }

    /** The request id of the exchange, on the response from the start (also on refusals). */
    private static String requestId(RoutingContext rc) {
        String requestId = RequestId.fromCaller(Optional.ofNullable(rc.request().getHeader(HeaderRules.REQUEST_ID)))
                .value();
        rc.response().putHeader(HeaderRules.REQUEST_ID, requestId);
        return requestId;
    }

    private void prepare(RoutingContext rc, String address, String requestId) {
        HttpServerRequest request = rc.request();
        Optional<String> traceparent = Optional.ofNullable(request.getHeader(HeaderRules.TRACEPARENT));
        String host = request.authority() != null ? request.authority().toString()
                : request.getHeader(HttpHeaders.HOST);
        HeaderRules.towardsService(request.headers(), internalHeaders, address, request.scheme(), host, requestId,
                TraceContext.continuing(traceparent).header(), TraceContext.isValid(traceparent));
    }

    private void refuse(HttpServerRequest request, int status, String code, Object... arguments) {
        request.resume();
        problems.send(request, status, code, arguments);
    }
}
