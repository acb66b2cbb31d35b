package org.madoguchi.gateway.adapter.in.http;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.madoguchi.gateway.domain.model.CsrfToken;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.RoutingContext;

/**
 * Cross-site request forgery kept out of what a web console session may change: a request that the session cookie
 * speaks for and that is not a read (POST, PUT, PATCH, DELETE …) must carry {@value #HEADER} equal to the session's
 * {@link CsrfToken} (compared in constant time), and must not come from another site: when the browser says where
 * it comes from ({@code Origin}, {@code Sec-Fetch-Site}), that is this origin or one of the front-ends' configured
 * origins ({@code quarkus.http.cors.origins}), never {@code cross-site}. Bearer callers are not concerned: no
 * browser adds their token by itself.
 */
@ApplicationScoped
class CsrfProtection {

    /** The header a page sends the token in. */
    static final String HEADER = "X-CSRF-Token";

    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final Set<String> trustedOrigins;

    CsrfProtection(@ConfigProperty(name = "quarkus.http.cors.origins") Optional<List<String>> corsOrigins) {
        this.trustedOrigins = corsOrigins.orElse(List.of()).stream().map(o -> o.strip().toLowerCase(Locale.ROOT))
                .filter(o -> !o.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether a method changes something, and so needs the token. */
    static boolean isUnsafe(HttpMethod method) {
        return !READS.contains(method);
    }

    /** Whether a request of the session on this routing context may go on. */
    boolean permits(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        if ("cross-site".equalsIgnoreCase(request.getHeader("Sec-Fetch-Site"))) {
            return false;
        }
        String origin = request.getHeader("Origin");
        if (origin != null && !isSameOrigin(origin, request)
                && !trustedOrigins.contains(origin.strip().toLowerCase(Locale.ROOT))) {
            return false;
        }
        CsrfToken token = rc.get(SessionTokenStates.CSRF_TOKEN);
        return token != null && token.matches(request.getHeader(HEADER));
    }

    private static boolean isSameOrigin(String origin, HttpServerRequest request) {
        HostAndPort authority = request.authority();
        if (authority == null) {
            return false;
        }
        try {
            URI uri = URI.create(origin.strip());
            if (uri.getHost() == null || uri.getScheme() == null) {
                return false;
            }
            int port = uri.getPort() > 0 ? uri.getPort() : defaultPort(uri.getScheme());
            int requestPort = authority.port() > 0 ? authority.port() : defaultPort(uri.getScheme());
            return uri.getHost().equalsIgnoreCase(authority.host()) && port == requestPort;
        } catch (IllegalArgumentException notAnOrigin) {
            return false;
        }
    }

    private static int defaultPort(String scheme) {
        return "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }
}
