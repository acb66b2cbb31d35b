package org.madoguchi.gateway.adapter.in.http;

import java.net.ConnectException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeoutException;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;
import org.madoguchi.gateway.domain.model.Route;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/**
 * The gateway's part in each forwarded exchange: the call goes through the service's circuit breaker (reads
 * without a body retried when they could not connect); a failed call becomes a problem (503 when the service cannot
 * be reached or its circuit is open, 503 {@code upstream-busy} with {@code Retry-After: 1} when every connection to
 * it is taken, 504 when it stayed silent too long, 502 when it broke off); the answer loses
 * its hop-by-hop and CORS headers. Bodies are never touched: the proxy streams them both ways.
 */
final class ForwardingInterceptor implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(ForwardingInterceptor.class);

    private final Route route;
    private final Upstream upstream;
    private final ProblemResponses problems;
    private final String rewrittenUri;

    /** @param rewrittenUri the URI to ask the service for instead of the caller's, or {@code null} */
    ForwardingInterceptor(Route route, Upstream upstream, ProblemResponses problems, String rewrittenUri) {
        this.route = route;
        this.upstream = upstream;
        this.problems = problems;
        this.rewrittenUri = rewrittenUri;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext proxy) {
        HttpServerRequest incoming = proxy.request().proxiedRequest();
        if (rewrittenUri != null) {
            proxy.request().setURI(rewrittenUri);
        }
        boolean idempotentRead = isIdempotentRead(incoming);
        if (idempotentRead) {
            proxy.request().setBody(null);
            incoming.resume();
        }
        Context context = Vertx.currentContext();
        CompletionStage<ProxyResponse> answer = upstream.call(idempotentRead, () -> attempt(proxy, context));
        return Future.fromCompletionStage(answer, context)
                .recover(failure -> Future.succeededFuture(problem(proxy, unwrap(failure))));
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext proxy) {
        HeaderRules.towardsCaller(proxy.response().headers());
        return proxy.sendResponse();
    }

    private static CompletionStage<ProxyResponse> attempt(ProxyContext proxy, Context context) {
        Promise<ProxyResponse> answer = Promise.promise();
        context.runOnContext(ignored -> proxy.sendRequest().onComplete(answer));
        return answer.future().toCompletionStage();
    }

    private ProxyResponse problem(ProxyContext proxy, Throwable failure) {
        HttpServerRequest incoming = proxy.request().proxiedRequest();
        ProblemResponses.Problem problem;
        String retryAfter = "5";
        if (failure instanceof Upstream.Busy || failure instanceof Upstream.CallerGone) {
            LOG.debugf("%s %s: %s", incoming.method(), incoming.path(), failure.getMessage());
            problem = problems.of(incoming, 503, "upstream-busy", upstream.name());
            retryAfter = "1";
        } else if (failure instanceof CircuitBreakerOpenException || failure instanceof ConnectException) {
            LOG.debugf("%s %s: %s is unavailable (%s)", incoming.method(), incoming.path(), upstream.name(), failure);
            problem = problems.of(incoming, 503, "upstream-unavailable", upstream.name());
        } else if (failure instanceof TimeoutException) {
            LOG.infof("%s %s: %s did not answer within %s", incoming.method(), incoming.path(), upstream.name(),
                    route.timeout());
            problem = problems.of(incoming, 504, "upstream-timeout", upstream.name());
        } else {
            LOG.infof("%s %s: the exchange with %s broke off: %s", incoming.method(), incoming.path(),
                    upstream.name(), failure.toString());
            problem = problems.of(incoming, 502, "upstream-failed", upstream.name());
        }
        ProxyResponse response = proxy.request().release().response();
        response.setStatusCode(problem.status());
        problem.headersInto(response.headers());
        response.headers().remove(HttpHeaders.CONTENT_LENGTH);
        if (problem.status() == 503) {
            response.putHeader(HttpHeaders.RETRY_AFTER, retryAfter);
        }
        response.setBody(Body.body(problem.body()));
        return response;
    }

    private static boolean isIdempotentRead(HttpServerRequest request) {
        HttpMethod method = request.method();
        boolean read = method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS;
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        boolean noBody = (length == null || length.strip().equals("0"))
                && request.getHeader(HttpHeaders.TRANSFER_ENCODING) == null;
        return read && noBody;
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while (current instanceof CompletionException && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
