package org.madoguchi.gateway.adapter.in.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The web console's files (the {@code web} module's jar, {@code META-INF/resources/}), served by Quarkus's static
 * resources with these rules on top: every page address of the single-page app (a GET for HTML outside
 * {@code /api}, {@code /auth}, {@code /q} and {@code /openapi}, whose last segment names no file) answers
 * {@code index.html}, so that the app's own routing takes over; {@code index.html} is never kept stale
 * ({@code no-cache}), the hashed {@code /assets/*} are kept a year ({@code immutable}); and every such answer
 * carries a Content-Security-Policy without inline scripts, {@code nosniff} and {@code Referrer-Policy: same-origin}.
 */
@ApplicationScoped
class WebConsole {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
            + " frame-ancestors 'none'";

    private static final List<String> NOT_THE_CONSOLE = List.of("/api/", "/auth/", "/q/", "/openapi/");
    private static final String INDEX = "META-INF/resources/index.html";

    /** The app's page, read once: a new build of the console comes with a new gateway. */
    private final Optional<Buffer> index = load();

    void mount(@Observes Router router) {
        router.route().handler(this::console);
    }

    private void console(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        String path = rc.normalizedPath();
        boolean read = request.method() == HttpMethod.GET || request.method() == HttpMethod.HEAD;
        if (!read || !isConsolePath(path)) {
            rc.next();
            return;
        }
        rc.addHeadersEndHandler(ignored -> securityHeaders(rc, path));
        if (isPage(path) && acceptsHtml(request)) {
            Optional<Buffer> page = index;
            if (page.isPresent()) {
                rc.response().putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8");
                if (request.method() == HttpMethod.HEAD) {
                    rc.response().putHeader(HttpHeaders.CONTENT_LENGTH, Integer.toString(page.get().length())).end();
                } else {
                    rc.response().end(page.get());
                }
                return;
            }
        }
        rc.next();
    }

    private static void securityHeaders(RoutingContext rc, String path) {
        var headers = rc.response().headers();
        headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "same-origin");
        if (rc.response().getStatusCode() < 400) {
            headers.set(HttpHeaders.CACHE_CONTROL, path.startsWith("/assets/") ? "public, max-age=31536000, immutable"
                    : "no-cache");
        }
    }

    private static boolean isConsolePath(String path) {
        if (path == null || path.equals("/api") || path.equals("/auth") || path.equals("/q")
                || path.equals("/openapi")) {
            return false;
        }
        return NOT_THE_CONSOLE.stream().noneMatch(path::startsWith);
    }

    /** An address of the app, not of a file: its last segment has no dot (or it is {@code index.html}). */
    private static boolean isPage(String path) {
        String last = path.substring(path.lastIndexOf('/') + 1);
        return !last.contains(".") || last.equals("index.html");
    }

    private static boolean acceptsHtml(HttpServerRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains("text/html");
    }

    private static Optional<Buffer> load() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(INDEX)) {
            return in == null ? Optional.empty() : Optional.of(Buffer.buffer(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the web console's index.html", e);
        }
    }
}
