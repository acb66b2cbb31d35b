package org.madoguchi.gateway.adapter.in.http;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.madoguchi.platform.problem.ProblemCatalog;
import org.madoguchi.platform.problem.ProblemConfig;
import org.madoguchi.platform.problem.ProblemDetails;
import org.madoguchi.platform.problem.ResponseLanguage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;

/**
 * The gateway's own answers as RFC 9457 problems in the caller's language (ja, or en when preferred), worded from
 * {@code ServiceProblemMessages_{ja,en}.properties} and the platform's bundle, like every service's.
 */
@ApplicationScoped
class ProblemResponses {

    private final ProblemCatalog catalog;
    private final ObjectMapper json;
    private final URI typeBase;

    ProblemResponses(ProblemCatalog catalog, ProblemConfig config, ObjectMapper json) {
        this.catalog = catalog;
        this.json = json;
        String base = config.typeBase().toString();
        this.typeBase = URI.create(base.endsWith("/") ? base : base + "/");
    }

    /** A problem about this request: its body, and the headers it goes with. */
    Problem of(HttpServerRequest request, int status, String code, Object... arguments) {
        Locale locale = ResponseLanguage.of(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        ProblemDetails details = new ProblemDetails(typeBase.resolve(code), catalog.title(code, status, locale), status,
                catalog.detail(code, locale, List.of(arguments)).orElse(null), request.path(), List.of());
        try {
            return new Problem(status, locale, Buffer.buffer(json.writeValueAsBytes(details)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem is always JSON", e);
        }
    }

    /** Answers the request with a problem. */
    void send(HttpServerRequest request, int status, String code, Object... arguments) {
        Problem problem = of(request, status, code, arguments);
        HttpServerResponse response = request.response();
        problem.headersInto(response.headers());
        response.setStatusCode(status).end(problem.body());
    }

    /** A problem ready to be written. */
    record Problem(int status, Locale locale, Buffer body) {

        void headersInto(MultiMap headers) {
            headers.set(HttpHeaders.CONTENT_TYPE, ProblemDetails.MEDIA_TYPE);
            headers.set(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag());
            headers.set(HttpHeaders.CONTENT_LENGTH, Integer.toString(body.length()));
        }
    }
}
