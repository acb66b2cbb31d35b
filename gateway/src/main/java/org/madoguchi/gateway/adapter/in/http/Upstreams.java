package org.madoguchi.gateway.adapter.in.http;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.madoguchi.gateway.config.GatewayConfig;
import org.madoguchi.gateway.domain.model.PathPattern;
import org.madoguchi.gateway.domain.model.Route;
import org.madoguchi.gateway.domain.model.RouteTable;

import io.vertx.core.Vertx;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.OriginRequestProvider;
import io.vertx.httpproxy.ProxyOptions;

/**
 * The services behind the gateway and a reverse proxy ({@code vertx-http-proxy}) per route, each with that route's
 * timeout, plus one per service for its OpenAPI document.
 */
@ApplicationScoped
class Upstreams {

    /** How long a service may take to send its OpenAPI document. */
    private static final Duration DOCUMENT_TIMEOUT = Duration.ofSeconds(10);

    private final Map<String, Upstream> upstreams = new LinkedHashMap<>();
    private final Map<String, HttpProxy> proxies = new LinkedHashMap<>();
    private final Map<String, HttpProxy> documents = new LinkedHashMap<>();

    Upstreams(GatewayConfig config, RouteTable routes, ProblemResponses problems, Vertx vertx) {
        config.upstreams().forEach((name, upstream) -> upstreams.put(name, new Upstream(name, upstream, vertx)));
        for (Route route : routes.routes()) {
            proxies.put(route.name(), proxy(route, upstreams.get(route.upstream()), problems, null));
        }
        for (Upstream upstream : upstreams.values()) {
            Route document = new Route("openapi-" + upstream.name(), upstream.name(),
                    List.of(new PathPattern("/openapi/" + upstream.name())), DOCUMENT_TIMEOUT, false);
            documents.put(upstream.name(), proxy(document, upstream, problems, "/q/openapi?format=json"));
        }
    }

    private static HttpProxy proxy(Route route, Upstream upstream, ProblemResponses problems, String rewrittenUri) {
        long idleTimeout = route.timeout().toMillis();
        return HttpProxy.reverseProxy(new ProxyOptions().setSupportWebSocket(false), upstream.client())
                .origin((OriginRequestProvider) proxy -> upstream.request(proxy, idleTimeout))
                .addInterceptor(new ForwardingInterceptor(route, upstream, problems, rewrittenUri));
    }

    /** The proxy of a route. */
    HttpProxy proxyOf(Route route) {
        return proxies.get(route.name());
    }

    /** The proxy that fetches a service's OpenAPI document, if the service is known. */
    Optional<HttpProxy> documentOf(String upstream) {
        return Optional.ofNullable(documents.get(upstream));
    }

    Collection<Upstream> all() {
        return upstreams.values();
    }
}
