package org.madoguchi.applications.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.madoguchi.applications.Api.anonymous;
import static org.madoguchi.applications.Api.as;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.madoguchi.applications.Forms;
import org.madoguchi.applications.Tokens;
import org.madoguchi.applications.application.port.out.FormCatalogue;
import org.madoguchi.applications.application.port.out.IdempotencyKeys;
import org.madoguchi.applications.domain.model.Form;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;

/** Idempotency-Key as in the IETF draft: a retry is answered as the first request was, once. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "applications"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class IdempotencyApiTest {

    @Inject
    FormCatalogue catalogue;

    @Inject
    IdempotencyKeys keys;

    private static Response submit(String token, Form form, String key, Map<String, Object> answers) {
        return (token == null ? anonymous() : as(token)).header("Idempotency-Key", key)
                .body(Map.of("answers", answers)).post("/api/v1/forms/" + form.id() + "/applications").then()
                .extract().response();
    }

    @Test
    void the_same_key_and_body_return_the_first_receipt_and_store_one_application() {
        Form form = Forms.publish(catalogue, Forms.open("kenko-kosodate", Forms.everyType()));
        String citizen = Tokens.newCitizen();
        String key = UUID.randomUUID().toString();
        Map<String, Object> reordered = new java.util.TreeMap<>(Forms.validAnswers());

        Response first = submit(citizen, form, key, Forms.validAnswers());
        Response retry = submit(citizen, form, key, reordered);

        first.then().statusCode(201);
        retry.then().statusCode(201).header(ApplicationResource.REPLAYED, "true")
                .body("applicationId", equalTo(first.path("applicationId")))
                .body("receiptNumber.number", equalTo(first.path("receiptNumber.number")));
        as(citizen).get("/api/v1/applications/mine").then().body("total", equalTo(1));
    }

    @Test
    void an_anonymous_retry_gets_the_same_lookup_code_again() {
        Form survey = Forms.publish(catalogue, Forms.with(Forms.open("kikaku", Forms.everyType()), true,
                OptionalInt.empty(), Optional.empty()));
        String key = UUID.randomUUID().toString();

        Response first = submit(null, survey, key, Forms.validAnswers());
        Response retry = submit(null, survey, key, Forms.validAnswers());

        retry.then().statusCode(201).body("lookupCode", equalTo(first.path("lookupCode")))
                .body("applicationId", equalTo(first.path("applicationId")));
    }

    @Test
    void the_same_key_with_another_body_is_refused() {
        Form form = Forms.publish(catalogue, Forms.open("kenko-kosodate", Forms.everyType()));
        String citizen = Tokens.newCitizen();
        String key = UUID.randomUUID().toString();
        Map<String, Object> other = new HashMap<>(Forms.validAnswers());
        other.put("ward", "福部");

        submit(citizen, form, key, Forms.validAnswers()).then().statusCode(201);
        submit(citizen, form, key, other).then().statusCode(422).body("type", endsWith("/idempotency-key-reused"));
        as(citizen).get("/api/v1/applications/mine").then().body("total", equalTo(1));
    }

    @Test
    void a_key_of_another_person_is_their_own_and_does_not_collide() {
        Form form = Forms.publish(catalogue, Forms.open("kenko-kosodate", Forms.everyType()));
        String key = UUID.randomUUID().toString();

        Response mine = submit(Tokens.newCitizen(), form, key, Forms.validAnswers());
        Response theirs = submit(Tokens.newCitizen(), form, key, Forms.validAnswers());

        mine.then().statusCode(201);
        theirs.then().statusCode(201);
        assertThat(theirs.<String>path("applicationId")).isNotEqualTo(mine.path("applicationId"));
    }

    @Test
    void a_request_while_the_first_with_its_key_is_in_flight_gets_409_and_an_abandoned_claim_is_taken_over() {
        Form form = Forms.publish(catalogue, Forms.open("kenko-kosodate", Forms.everyType()));
        String subject = "c-" + UUID.randomUUID();
        String citizen = Tokens.citizen(subject);
        String running = UUID.randomUUID().toString();
        String abandoned = UUID.randomUUID().toString();
        Instant now = Instant.now();
        QuarkusTransaction.requiringNew().run(() -> {
            keys.claim(subject, running, new byte[] {1}, now, now.plus(Duration.ofMinutes(5)), now.plus(Duration.ofHours(1)));
            keys.claim(subject, abandoned, new byte[] {1}, now.minusSeconds(60), now.minusSeconds(30),
                    now.plus(Duration.ofHours(1)));
        });

        submit(citizen, form, running, Forms.validAnswers()).then().statusCode(409)
                .body("type", endsWith("/idempotency-key-in-flight"));
        submit(citizen, form, abandoned, Forms.validAnswers()).then().statusCode(201);
    }

    @Test
    void a_failed_submission_frees_its_key_for_the_corrected_request_and_an_expired_key_is_reusable() {
        Form form = Forms.publish(catalogue, Forms.open("kenko-kosodate", Forms.everyType()));
        String subject = "c-" + UUID.randomUUID();
        String citizen = Tokens.citizen(subject);
        String key = UUID.randomUUID().toString();
        Map<String, Object> invalid = new HashMap<>(Forms.validAnswers());
        invalid.remove("email");

        submit(citizen, form, key, invalid).then().statusCode(422).body("type", endsWith("/answers-rejected"));
        submit(citizen, form, key, Forms.validAnswers()).then().statusCode(201);

        String expired = UUID.randomUUID().toString();
        Instant longAgo = Instant.now().minus(Duration.ofDays(2));
        QuarkusTransaction.requiringNew().run(() -> keys.claim(subject, expired, new byte[] {9}, longAgo,
                longAgo.plusSeconds(30), longAgo.plus(Duration.ofHours(24))));
        submit(citizen, form, expired, Forms.validAnswers()).then().statusCode(201);
        assertThat(QuarkusTransaction.requiringNew().call(() -> keys.purgeExpired(Instant.now().plus(Duration.ofDays(2)))))
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void a_malformed_key_is_refused_before_anything_is_stored() {
        Form form = Forms.publish(catalogue, Forms.open("kenko-kosodate", Forms.everyType()));
        String citizen = Tokens.newCitizen();

        submit(citizen, form, "x".repeat(256), Forms.validAnswers()).then().statusCode(400)
                .body("errors[0].field", equalTo("Idempotency-Key"));
        as(citizen).get("/api/v1/applications/mine").then().body("total", equalTo(0));
    }

    @Test
    void concurrent_retries_with_one_key_create_one_application() throws Exception {
        Form form = Forms.publish(catalogue, Forms.open("kenko-kosodate", Forms.everyType()));
        String citizen = Tokens.newCitizen();
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Response>> tries = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                tries.add(() -> submit(citizen, form, key, Forms.validAnswers()));
            }
            Set<String> created = new HashSet<>();
            for (Future<Response> answer : pool.invokeAll(tries)) {
                Response response = answer.get();
                assertThat(response.statusCode()).isIn(201, 409);
                if (response.statusCode() == 201) {
                    created.add(response.path("applicationId"));
                } else {
                    assertThat(response.<String>path("type")).endsWith("/idempotency-key-in-flight");
                }
            }
            assertThat(created).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        as(citizen).get("/api/v1/applications/mine").then().body("total", equalTo(1));
    }
}
