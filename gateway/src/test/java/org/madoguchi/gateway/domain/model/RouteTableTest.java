package org.madoguchi.gateway.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class RouteTableTest {

    static final RouteTable CITY = new RouteTable(List.of(
            route("procedures", "procedures", "/api/v1/procedures/**", "/api/v1/forms/**", "/api/v1/departments/**"),
            route("applications", "applications", "/api/v1/forms/*/applications", "/api/v1/applications/**",
                    "/api/v1/inbox/**"),
            route("attachments", "applications", "/api/v1/forms/*/attachments"),
            route("lending", "lending", "/api/v1/lending/**"),
            route("notification", "notification", "/api/v1/notifications/**", "/api/v1/announcements/**"),
            route("inbox-stream", "notification", "/api/v1/notifications/inbox/stream")));

    static Route route(String name, String upstream, String... patterns) {
        return new Route(name, upstream, Arrays.stream(patterns).map(PathPattern::new).toList(),
                Duration.ofSeconds(30), false);
    }

    private static Optional<String> routeOf(String path) {
        return CITY.routeFor(path).map(Route::name);
    }

    @Test
    void splits_the_forms_paths_between_the_registry_and_the_applications() {
        assertThat(routeOf("/api/v1/forms")).contains("procedures");
        assertThat(routeOf("/api/v1/forms/3f1c/qr.svg")).contains("procedures");
        assertThat(routeOf("/api/v1/forms/3f1c/applications")).contains("applications");
        assertThat(routeOf("/api/v1/forms/3f1c/attachments")).contains("attachments");
    }

    @Test
    void the_most_specific_route_wins_whatever_the_order_of_the_table() {
        List<Route> reversed = new java.util.ArrayList<>(CITY.routes());
        java.util.Collections.reverse(reversed);
        RouteTable other = new RouteTable(reversed);
        for (String path : List.of("/api/v1/notifications/inbox/stream", "/api/v1/notifications/inbox",
                "/api/v1/forms/x/applications", "/api/v1/forms/x", "/api/v1/lending/devices")) {
            assertThat(other.routeFor(path).map(Route::name)).isEqualTo(routeOf(path));
        }
        assertThat(routeOf("/api/v1/notifications/inbox/stream")).contains("inbox-stream");
    }

    @Test
    void a_path_no_service_answers_has_no_route() {
        assertThat(routeOf("/api/v1/nothing")).isEmpty();
        assertThat(routeOf("/q/health")).isEmpty();
        assertThat(routeOf("/api/v1/lendingx")).isEmpty();
    }
}
