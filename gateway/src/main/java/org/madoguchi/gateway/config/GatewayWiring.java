package org.madoguchi.gateway.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.runtime.Startup;

import org.madoguchi.gateway.domain.model.PathPattern;
import org.madoguchi.gateway.domain.model.PublicPaths;
import org.madoguchi.gateway.domain.model.RateLimit;
import org.madoguchi.gateway.domain.model.RateLimitPolicy;
import org.madoguchi.gateway.domain.model.Route;
import org.madoguchi.gateway.domain.model.RouteTable;

/**
 * CDI producers of what the core takes as plain Java: the route table, the public paths, the rate limits; made at
 * start, so that a mistake in them stops the gateway from starting rather than failing its first request.
 */
public class GatewayWiring {

    /** The timeout of a route that names none: 30 s to answer, 10 min between two events of a stream. */
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    static final Duration DEFAULT_STREAM_IDLE_TIMEOUT = Duration.ofMinutes(10);

    @Produces
    @Singleton
    @Startup
    RouteTable routes(GatewayConfig config) {
        List<Route> routes = config.routes().entrySet().stream().map(entry -> route(config, entry)).toList();
        return new RouteTable(routes);
    }

    @Produces
    @Singleton
    @Startup
    PublicPaths publicPaths(GatewayConfig config) {
        return PublicPaths.parse(config.publicPaths());
    }

    @Produces
    @Singleton
    @Startup
    RateLimitPolicy rateLimits(GatewayConfig config) {
        GatewayConfig.RateLimitEntry limits = config.rateLimit();
        return new RateLimitPolicy(limits.enabled(),
                new RateLimit(limits.signedIn().requests(), limits.signedIn().per()),
                new RateLimit(limits.anonymous().requests(), limits.anonymous().per()));
    }

    private static Route route(GatewayConfig config, Map.Entry<String, GatewayConfig.RouteEntry> entry) {
        GatewayConfig.RouteEntry route = entry.getValue();
        if (!config.upstreams().containsKey(route.upstream())) {
            throw new IllegalStateException("route " + entry.getKey() + " names an unknown upstream: "
                    + route.upstream() + " (known: " + config.upstreams().keySet() + ")");
        }
        Duration timeout = route.timeout().orElse(route.stream() ? DEFAULT_STREAM_IDLE_TIMEOUT : DEFAULT_TIMEOUT);
        return new Route(entry.getKey(), route.upstream(), route.paths().stream().map(PathPattern::new).toList(),
                timeout, route.stream());
    }
}
