package org.madoguchi.gateway.domain.model;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of the route table: the paths a service answers and how long the gateway waits for it.
 *
 * @param name     the route's name in the configuration
 * @param upstream the name of the service that answers these paths
 * @param patterns the paths, see {@link PathPattern}
 * @param timeout  the longest the service may stay silent while answering (before the first byte and between
 *                 two); for a stream, the longest it may stay silent between two events
 * @param stream   whether the answers are long-lived streams (Server-Sent Events), which have no other deadline
 */
public record Route(String name, String upstream, List<PathPattern> patterns, Duration timeout, boolean stream) {

    public Route {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(upstream, "upstream");
        patterns = List.copyOf(patterns);
        Objects.requireNonNull(timeout, "timeout");
        if (patterns.isEmpty()) {
            throw new IllegalArgumentException("route " + name + " has no paths");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("route " + name + " needs a positive timeout");
        }
    }

    /** The specificity of this route's best pattern for the path, when one matches. */
    Optional<Integer> match(String path) {
        return patterns.stream().filter(p -> p.matches(path)).map(PathPattern::specificity)
                .max(Integer::compare);
    }
}
