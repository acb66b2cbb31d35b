package org.madoguchi.gateway.domain.model;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The route table: which service answers a path. When several routes match, the most specific pattern wins
 * ({@link PathPattern#specificity()}), so {@code /api/v1/forms/*&#47;applications} goes to applications-service
 * while {@code /api/v1/forms/**} goes to procedures-service, whatever the order of the configuration.
 */
public record RouteTable(List<Route> routes) {

    public RouteTable {
        routes = List.copyOf(routes);
    }

    /** The route for a request path (without its query), if any. */
    public Optional<Route> routeFor(String path) {
        return routes.stream()
                .map(route -> Map.entry(route, route.match(path)))
                .filter(entry -> entry.getValue().isPresent())
                .max(Comparator.<Map.Entry<Route, Optional<Integer>>>comparingInt(entry -> entry.getValue().get())
                        .thenComparing(entry -> entry.getKey().name(), Comparator.reverseOrder()))
                .map(Map.Entry::getKey);
    }
}
