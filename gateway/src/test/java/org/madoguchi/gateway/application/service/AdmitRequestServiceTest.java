package org.madoguchi.gateway.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.madoguchi.gateway.application.port.in.AdmitRequestCommand;
import org.madoguchi.gateway.application.port.out.InMemoryRateLimits;
import org.madoguchi.gateway.domain.model.Admission;
import org.madoguchi.gateway.domain.model.ClientKey;
import org.madoguchi.gateway.domain.model.PathPattern;
import org.madoguchi.gateway.domain.model.PublicPaths;
import org.madoguchi.gateway.domain.model.RateLimit;
import org.madoguchi.gateway.domain.model.RateLimitPolicy;
import org.madoguchi.gateway.domain.model.Route;
import org.madoguchi.gateway.domain.model.RouteTable;

class AdmitRequestServiceTest {

    private final InMemoryRateLimits buckets = new InMemoryRateLimits();
    private final AdmitRequestService door = new AdmitRequestService(
            new RouteTable(List.of(new Route("procedures", "procedures",
                    List.of(new PathPattern("/api/v1/procedures/**")), Duration.ofSeconds(30), false))),
            PublicPaths.parse(List.of("GET /api/v1/procedures")),
            new RateLimitPolicy(true, new RateLimit(3, Duration.ofHours(1)), new RateLimit(2, Duration.ofHours(1))),
            buckets);

    private static ClientKey signedIn() {
        return ClientKey.of(Optional.of(UUID.randomUUID().toString()), "192.0.2.1");
    }

    private static ClientKey anonymous() {
        return ClientKey.of(Optional.empty(), "192.0.2." + (int) (Math.random() * 250));
    }

    @Test
    void forwards_a_signed_in_caller_to_the_route_of_the_path() {
        Admission admission = door.admit(new AdmitRequestCommand("POST", "/api/v1/procedures", signedIn()));
        assertThat(admission).isInstanceOfSatisfying(Admission.Forward.class, forward -> {
            assertThat(forward.route().upstream()).isEqualTo("procedures");
            assertThat(forward.consumption().remaining()).isEqualTo(2);
        });
    }

    @Test
    void an_anonymous_caller_passes_on_a_public_path_only() {
        ClientKey caller = anonymous();
        assertThat(door.admit(new AdmitRequestCommand("GET", "/api/v1/procedures", caller)))
                .isInstanceOf(Admission.Forward.class);
        assertThat(door.admit(new AdmitRequestCommand("POST", "/api/v1/procedures", caller)))
                .isInstanceOf(Admission.SignInRequired.class);
    }

    @Test
    void an_unknown_path_is_refused_without_taking_from_the_limit() {
        ClientKey caller = signedIn();
        for (int i = 0; i < 5; i++) {
            assertThat(door.admit(new AdmitRequestCommand("GET", "/api/v1/nothing", caller)))
                    .isInstanceOf(Admission.NoRoute.class);
        }
        assertThat(door.admit(new AdmitRequestCommand("GET", "/api/v1/procedures", caller)))
                .isInstanceOf(Admission.Forward.class);
    }

    @Test
    void a_caller_past_its_limit_waits_and_anonymous_callers_have_their_own_lower_limit() {
        ClientKey caller = signedIn();
        for (int i = 0; i < 3; i++) {
            door.admit(new AdmitRequestCommand("GET", "/api/v1/procedures", caller));
        }
        assertThat(door.admit(new AdmitRequestCommand("GET", "/api/v1/procedures", caller)))
                .isInstanceOfSatisfying(Admission.Limited.class,
                        limited -> assertThat(limited.consumption().retryAfterSeconds()).isBetween(1L, 1200L));
        ClientKey address = anonymous();
        door.admit(new AdmitRequestCommand("GET", "/api/v1/procedures", address));
        door.admit(new AdmitRequestCommand("GET", "/api/v1/procedures", address));
        assertThat(door.admit(new AdmitRequestCommand("GET", "/api/v1/procedures", address)))
                .isInstanceOf(Admission.Limited.class);
    }

    @Test
    void requests_pass_unlimited_when_the_limits_cannot_be_read_but_private_paths_still_need_a_token() {
        AdmitRequestService withoutDatabase = new AdmitRequestService(
                new RouteTable(List.of(new Route("procedures", "procedures",
                        List.of(new PathPattern("/api/v1/procedures/**")), Duration.ofSeconds(30), false))),
                PublicPaths.parse(List.of("GET /api/v1/procedures")),
                new RateLimitPolicy(true, new RateLimit(3, Duration.ofHours(1)), new RateLimit(2, Duration.ofHours(1))),
                (caller, limit) -> {
                    throw new IllegalStateException("the database is down");
                });
        assertThat(withoutDatabase.admit(new AdmitRequestCommand("GET", "/api/v1/procedures", signedIn())))
                .isInstanceOf(Admission.Forward.class);
        assertThat(withoutDatabase.admit(new AdmitRequestCommand("POST", "/api/v1/procedures", anonymous())))
                .isInstanceOf(Admission.SignInRequired.class);
    }
}
