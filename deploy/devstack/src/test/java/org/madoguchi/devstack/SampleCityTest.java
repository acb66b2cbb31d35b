package org.madoguchi.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madoguchi.devstack.SampleCityContent.ApplicationSample;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

/**
 * The sample city's loader against {@link SuiteStandIn}, a recording stand-in for the gateway and Keycloak (the
 * real stack needs Keycloak): what a first load makes, that a second load makes nothing, that a load that failed
 * half-way is completed without duplicates, and that it waits for the form catalogue.
 */
class SampleCityTest {

    /** Wednesday 10 June 2026, 10:00 in Tottori. */
    static final Instant NOW = Instant.parse("2026-06-10T01:00:00Z");

    SuiteStandIn suite;

    @BeforeEach
    void start() throws Exception {
        suite = new SuiteStandIn(DevelopmentRealmTest.REALM);
    }

    @AfterEach
    void stop() {
        suite.close();
    }

    SampleCity city(Clock clock, Duration catalogueWait) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        return new SampleCity(new Gateway(http, suite.gateway(),
                new SampleUserTokens(http, suite.tokenEndpoint(), SampleCity.SAMPLE_PASSWORD, clock)),
                clock, catalogueWait, Duration.ofMillis(1));
    }

    SampleCity city() {
        return city(Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofSeconds(30));
    }

    @Test
    void a_first_load_makes_the_whole_city_through_the_api_as_the_sample_users() {
        List<String> lines = city().load();

        assertWholeCity();
        assertThat(lines).hasSize(1 + 3 + 7 + 5 + 1);
        assertThat(lines.get(0)).contains("56 of the 令和4年度 plan (56 registered now)");
        assertThat(suite.calls()).filteredOn(c -> c.path().startsWith("/api/"))
                .allSatisfy(c -> assertThat(c.user()).isIn(null, "procadmin1", "infopolicy1", "citizen1", "citizen2",
                        "citizen-en", "staff1", "staff-choju", "staff-gesuido", "desk-honchosha", "desk-kokufu"));
        assertThat(suite.calls()).filteredOn(c -> c.path().startsWith("/api/") && c.user() == null)
                .extracting(SuiteStandIn.Call::path).allMatch(p -> p.matches("/api/v1/forms/[^/]+/applications"));
    }

    @Test
    void a_second_load_finds_everything_and_only_reads() {
        city().load();
        int before = suite.calls().size();

        List<String> lines = city().load();

        List<SuiteStandIn.Call> second = suite.calls().subList(before, suite.calls().size());
        assertThat(second).filteredOn(c -> c.path().startsWith("/api/")).extracting(SuiteStandIn.Call::method)
                .containsOnly("GET");
        assertWholeCity();
        assertThat(lines.get(0)).contains("(already there)");
        assertThat(lines).filteredOn(l -> l.startsWith("application")).allMatch(l -> l.endsWith("(there)"));
    }

    @Test
    void a_load_that_failed_half_way_is_completed_by_the_next_without_duplicates() {
        suite.failNext("POST", "/api/v1/lending/reservations/[^/]+/hand-over", 503, "upstream-unavailable");

        assertThatThrownBy(() -> city().load()).isInstanceOf(SampleCityFailure.class)
                .hasMessageContaining("/hand-over as desk-honchosha answered 503")
                .hasMessageContaining("upstream-unavailable");
        assertThat(suite.applications()).hasSize(7);
        assertThat(suite.announcements()).isEmpty();

        city().load();

        assertWholeCity();
    }

    @Test
    void load_once_writes_the_marker_only_after_everything_loaded_and_then_skips_the_load(@TempDir Path dir) {
        Path marker = dir.resolve(".devstack/samples-loaded");
        suite.failNext("POST", "/api/v1/announcements", 503, "upstream-unavailable");

        assertThatThrownBy(() -> city().loadOnce(marker)).isInstanceOf(SampleCityFailure.class);
        assertThat(marker).doesNotExist();

        SampleCity.Outcome loaded = city().loadOnce(marker);
        assertThat(loaded.loadedNow()).isTrue();
        assertThat(marker).exists();
        int calls = suite.calls().size();

        SampleCity.Outcome again = city().loadOnce(marker);

        assertThat(again.loadedNow()).isFalse();
        assertThat(again.lines()).isEqualTo(loaded.lines());
        assertThat(suite.calls()).hasSize(calls);
        assertThat(suite.announcements()).hasSize(1);
    }

    @Test
    void submissions_wait_until_applications_service_has_learned_the_form_with_one_idempotency_key() {
        suite.catalogueLag(3);

        city().load();

        assertThat(suite.applications()).hasSize(7);
        Map<String, List<SuiteStandIn.Call>> tries = suite.calls().stream()
                .filter(c -> c.path().endsWith("/applications") && c.method().equals("POST"))
                .collect(Collectors.groupingBy(c -> c.path() + " " + c.user()));
        assertThat(tries).hasSize(7).allSatisfy((who, calls) ->
                assertThat(calls).extracting(SuiteStandIn.Call::idempotencyKey).doesNotContainNull().hasSameElementsAs(
                        List.of(calls.get(0).idempotencyKey())));
        assertThat(tries.values().stream().mapToInt(List::size).sum()).isEqualTo(7 + 3 * 3);
    }

    @Test
    void a_form_the_catalogue_never_learns_fails_loudly_once_the_wait_is_over() {
        suite.catalogueLag(Integer.MAX_VALUE);
        Clock ticking = new Clock() {
            private Instant now = NOW;

            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public synchronized Instant instant() {
                now = now.plusSeconds(1);
                return now;
            }
        };

        assertThatThrownBy(() -> city(ticking, Duration.ofSeconds(20)).load()).isInstanceOf(SampleCityFailure.class)
                .hasMessageContaining("did not learn the form 妊娠届（サンプル） within PT20S")
                .hasMessageContaining("form-not-found");
        assertThat(suite.applications()).isEmpty();
    }

    @Test
    void a_refused_call_fails_loudly_with_the_call_its_status_and_its_problem_detail() {
        suite.failNext("POST", "/api/v1/forms", 422, "invalid-input");

        assertThatThrownBy(() -> city().load()).isInstanceOf(SampleCityFailure.class)
                .hasMessageContaining("POST /api/v1/forms as procadmin1 answered 422 (expected [201])")
                .hasMessageContaining("\"type\":\"https://madoguchi.org/problems/invalid-input\"")
                .hasMessageContaining("the stand-in was told to refuse this call");
        assertThat(suite.forms()).isEmpty();
    }

    @Test
    void an_application_goes_on_from_where_it_is_and_is_left_alone_off_its_walk() {
        ApplicationSample completed = SampleCityContent.APPLICATIONS.get(0);

        assertThat(completed.target()).isEqualTo("COMPLETED");
        assertThat(SampleCity.nextStep(completed, "SUBMITTED")).isZero();
        assertThat(SampleCity.nextStep(completed, "RECEIVED")).isEqualTo(1);
        assertThat(SampleCity.nextStep(completed, "UNDER_REVIEW")).isEqualTo(2);
        assertThat(SampleCity.nextStep(completed, "COMPLETED")).isEqualTo(3);
        assertThat(SampleCity.nextStep(completed, "WITHDRAWN")).isEqualTo(-1);
    }

    /** What one complete load leaves, however many loads it took. */
    private void assertWholeCity() {
        assertThat(suite.procedures()).hasSize(56)
                .allSatisfy(p -> assertThat(p.path("name").asText()).endsWith("（サンプル）"));

        assertThat(suite.forms()).hasSize(3).allSatisfy(f -> {
            assertThat(f.path("status").asText()).isEqualTo("PUBLISHED");
            assertThat(f.path("title").asText()).contains("（サンプル）");
        });
        JsonNode pregnancy = suite.forms().stream().filter(f -> f.path("title").asText().startsWith("妊娠届"))
                .findFirst().orElseThrow();
        String kenko01 = suite.procedures().stream().filter(p -> p.path("code").asText().equals("R4-KENKO-01"))
                .findFirst().orElseThrow().path("id").asText();
        assertThat(pregnancy.path("procedureIds").get(0).asText()).isEqualTo(kenko01);
        assertThat(pregnancy.path("departmentCode").asText()).isEqualTo("kenko-kosodate");

        Map<String, String> statuses = suite.applications().stream().collect(Collectors.toMap(
                a -> a.path("form").path("title").asText().substring(0, 2) + " " + a.path("applicant").asText("-"),
                a -> a.path("status").path("code").asText()));
        assertThat(statuses).containsOnly(entry("妊娠 citizen1", "COMPLETED"), entry("妊娠 citizen2", "RETURNED"),
                entry("下水 citizen1", "RECEIVED"), entry("下水 citizen2", "UNDER_REVIEW"),
                entry("下水 citizen-en", "REJECTED"), entry("介護 citizen2", "SUBMITTED"), entry("介護 -", "SUBMITTED"));
        assertThat(suite.applications()).filteredOn(a -> a.path("anonymous").asBoolean()).hasSize(1);

        assertThat(suite.reservations()).hasSize(5)
                .allSatisfy(b -> assertThat(b.path("note").asText()).startsWith("（サンプル）"));
        assertThat(suite.reservations().stream().collect(Collectors.groupingBy(b -> b.path("siteCode").asText(),
                Collectors.mapping(b -> b.path("status").asText(), Collectors.toList()))))
                .containsOnly(entry("honchosha", List.of("RETURNED", "LENT", "CONFIRMED")),
                        entry("kokufu", List.of("LENT", "PENDING")));
        ObjectNode ahead = suite.reservations().get(2);
        assertThat(ahead.path("start").asText()).isEqualTo("2026-06-17T00:00:00Z");
        assertThat(ahead.path("end").asText()).isEqualTo("2026-06-19T08:00:00Z");
        assertThat(suite.reservations().get(0).path("desk")).extracting(JsonNode::asText)
                .containsExactly("hand-over by desk-honchosha", "return by desk-honchosha");

        assertThat(suite.announcements()).hasSize(1);
        JsonNode announcement = suite.announcements().get(0);
        assertThat(announcement.path("status").asText()).isEqualTo("PUBLISHED");
        assertThat(announcement.path("from").asText()).isEqualTo(NOW.toString());
        assertThat(announcement.path("audience").asText()).isEqualTo("EVERYONE");
        assertThat(announcement.path("body").asText()).contains("令和5年5月11日", "Android", "失効", "0120-95-0178",
                "24時間");
        assertThat(announcement.path("bodyEn").asText()).contains("11 May 2023", "Android", "Revoke", "0120-95-0178",
                "24 hours");
    }
}
