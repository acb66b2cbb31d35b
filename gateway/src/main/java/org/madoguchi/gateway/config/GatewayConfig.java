package org.madoguchi.gateway.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The front door's configuration: the services behind it, the route table, public paths, limits, the ops stream, the
 * web console's sessions.
 */
@ConfigMapping(prefix = "madoguchi.gateway")
public interface GatewayConfig {

    /** The services behind the gateway, by name ({@code procedures}, {@code applications} …). */
    Map<String, Upstream> upstreams();

    /** The route table, by route name; see {@code org.madoguchi.gateway.domain.model.PathPattern}. */
    Map<String, RouteEntry> routes();

    /** Requests that pass without a token, each {@code METHOD[|METHOD…] /path/pattern}. */
    List<String> publicPaths();

    /**
     * Headers no caller may send to a service (compared case-insensitively; a name ending in {@code *} is a
     * prefix); {@code Forwarded}, {@code X-Forwarded-*} and {@code X-Real-IP} are always replaced.
     */
    @WithDefault("x-madoguchi-*,x-internal-*,x-user-*,x-auth-*")
    List<String> internalHeaders();

    /** Rate limits per caller. */
    RateLimitEntry rateLimit();

    /** The ops event stream. */
    Ops ops();

    /** The web console's sessions (sign-in through the gateway, backend-for-frontend). */
    Web web();

    /** One service behind the gateway. */
    interface Upstream {

        /** Its base URL, e.g. {@code http://localhost:8081}. */
        URI url();

        /** How long to wait for a connection. */
        @WithDefault("2s")
        Duration connectTimeout();

        /** At most this many connections to it from one gateway instance. */
        @WithDefault("100")
        int maxConnections();

        /**
         * At most this many requests wait for one of those connections; when they are all taken, a further request
         * is refused at once as busy (503 {@code upstream-busy}) rather than queued behind them.
         */
        @WithDefault("100")
        int maxWaiting();

        /**
         * The longest a request waits for a connection (connecting included) before it is refused as busy; longer
         * than {@link #connectTimeout()}, so that a service that cannot be reached is told from a busy one.
         */
        @WithDefault("3s")
        Duration connectionWait();

        /** How often an idempotent read is tried again when the service cannot be reached. */
        @WithDefault("2")
        int readRetries();

        /** The pause before such a retry. */
        @WithDefault("100ms")
        Duration retryDelay();

        /** Its circuit breaker. */
        Circuit circuit();
    }

    /** When a service's circuit opens and how it closes again. */
    interface Circuit {

        /** The number of recent calls the failure ratio is taken over. */
        @WithDefault("10")
        int requestVolume();

        /** The ratio of failed calls among them that opens the circuit. */
        @WithDefault("0.5")
        double failureRatio();

        /** How long the circuit stays open before one call tries the service again. */
        @WithDefault("10s")
        Duration delay();
    }

    /** One route. */
    interface RouteEntry {

        /** The name of the service that answers. */
        String upstream();

        /** Its path patterns. */
        List<String> paths();

        /** The longest the service may stay silent while answering; for streams, between two events. */
        Optional<Duration> timeout();

        /** Whether the answers are Server-Sent Event streams (only an idle timeout applies). */
        @WithDefault("false")
        boolean stream();
    }

    /** Rate limits per caller. */
    interface RateLimitEntry {

        @WithDefault("true")
        boolean enabled();

        /** Per token subject. */
        Limit signedIn();

        /** Per client address. */
        Limit anonymous();

        /** How often buckets that have refilled completely are deleted. */
        @WithDefault("5m")
        Duration sweepInterval();
    }

    /** {@code requests} per {@code per}. */
    interface Limit {

        long requests();

        Duration per();
    }

    /** The web console's sessions. */
    interface Web {

        /** How often the sessions that have ended are deleted. */
        @WithDefault("5m")
        Duration sweepInterval();
    }

    /** The ops event stream. */
    interface Ops {

        /** The topics it follows. */
        @WithDefault("procedures.events,applications.events,lending.events,notifications.events")
        List<String> topics();

        /** Events held for one slow client before it is told that some were dropped. */
        @WithDefault("256")
        int backlog();

        /** At most this many clients at once per gateway instance (each has its own Kafka consumer). */
        @WithDefault("20")
        int maxClients();

        /** A comment is sent this often so that idle connections stay open. */
        @WithDefault("15s")
        Duration heartbeat();
    }
}
