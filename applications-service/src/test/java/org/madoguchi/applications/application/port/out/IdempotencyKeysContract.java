package org.madoguchi.applications.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.madoguchi.applications.application.port.out.IdempotencyKeys.Claim;
import org.madoguchi.applications.domain.model.ApplicationId;
import org.madoguchi.applications.domain.model.LookupCode;

/**
 * What every {@link IdempotencyKeys} record does (IETF draft "The Idempotency-Key HTTP Header Field"): the first
 * request with a key claims it; a request with the same key meanwhile is told it is in flight, or, with another
 * body, that the key is taken; once the first succeeded, a retry with the same body replays what it created; an
 * expired key, or a claim its request abandoned, is taken over; a failed request gives its key up; expired keys are
 * purged. Each test uses a scope of its own, at instants in 2001 that no other test uses.
 */
public abstract class IdempotencyKeysContract {

    private static final Instant T0 = Instant.parse("2001-04-01T00:00:00Z");
    private static final Duration HOLD = Duration.ofSeconds(30);
    private static final Duration LIFETIME = Duration.ofHours(24);
    private static final byte[] BODY = "{\"answers\":{\"name\":\"鳥取 花子\"}}".getBytes(StandardCharsets.UTF_8);
    private static final byte[] OTHER_BODY = "{\"answers\":{\"name\":\"鳥取 太郎\"}}".getBytes(StandardCharsets.UTF_8);

    private String scope;

    /** The record under test. */
    protected abstract IdempotencyKeys keys();

    /** Starts what keeps this test's data apart from the others': nothing for a fake. */
    protected void beginTest() {
    }

    /** Discards what this test stored: nothing for a fake. */
    protected void endTest() {
    }

    @BeforeEach
    final void begin_with_a_scope_of_its_own() {
        beginTest();
        scope = "citizen-" + UUID.randomUUID();
    }

    @AfterEach
    final void end() {
        endTest();
    }

    private Claim claim(String key, byte[] body, Instant now) {
        return keys().claim(scope, key, body, now, now.plus(HOLD), now.plus(LIFETIME));
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    @Test
    void the_first_request_with_a_key_claims_it() {
        assertThat(claim(key(), BODY, T0)).isEqualTo(new Claim.Claimed());
    }

    @Test
    void a_request_with_the_key_while_the_first_runs_is_told_it_is_in_flight_whatever_its_body() {
        String key = key();
        claim(key, BODY, T0);

        assertThat(claim(key, BODY, T0.plusSeconds(1))).isEqualTo(new Claim.InFlight());
        assertThat(claim(key, OTHER_BODY, T0.plusSeconds(2))).isEqualTo(new Claim.InFlight());
        assertThat(claim(key, BODY, T0.plus(HOLD).minusSeconds(1))).isEqualTo(new Claim.InFlight());
    }

    @Test
    void once_the_first_succeeded_a_retry_with_the_same_body_replays_what_it_created_and_another_body_is_refused() {
        String key = key();
        ApplicationId created = ApplicationId.random();
        claim(key, BODY, T0);
        keys().complete(scope, key, created, Optional.empty());

        assertThat(claim(key, BODY, T0.plusSeconds(5))).isEqualTo(new Claim.Replay(created, Optional.empty()));
        assertThat(claim(key, OTHER_BODY, T0.plusSeconds(6))).isEqualTo(new Claim.Mismatch());
        assertThat(claim(key, BODY, T0.plus(LIFETIME).minusSeconds(1)))
                .as("long after the claim's hold, before the key expires")
                .isEqualTo(new Claim.Replay(created, Optional.empty()));
    }

    @Test
    void an_anonymous_submission_s_replay_gives_back_its_lookup_code() {
        String key = key();
        ApplicationId created = ApplicationId.random();
        LookupCode code = LookupCode.random();
        claim(key, BODY, T0);
        keys().complete(scope, key, created, Optional.of(code));

        assertThat(claim(key, BODY, T0.plusSeconds(5))).isEqualTo(new Claim.Replay(created, Optional.of(code)));
    }

    @Test
    void a_key_belongs_to_its_scope_the_same_key_of_another_caller_is_another_key() {
        String key = key();
        claim(key, BODY, T0);

        assertThat(keys().claim("citizen-" + UUID.randomUUID(), key, OTHER_BODY, T0, T0.plus(HOLD), T0.plus(LIFETIME)))
                .isEqualTo(new Claim.Claimed());
        assertThat(claim(key, BODY, T0.plusSeconds(1))).isEqualTo(new Claim.InFlight());
    }

    @Test
    void an_expired_key_is_taken_over_by_the_next_request_whatever_its_body() {
        String key = key();
        claim(key, BODY, T0);
        keys().complete(scope, key, ApplicationId.random(), Optional.empty());
        Instant expiry = T0.plus(LIFETIME);

        assertThat(claim(key, OTHER_BODY, expiry)).isEqualTo(new Claim.Claimed());
        assertThat(claim(key, OTHER_BODY, expiry.plusSeconds(1))).as("now the new request's")
                .isEqualTo(new Claim.InFlight());
        keys().complete(scope, key, ApplicationId.random(), Optional.empty());
        assertThat(claim(key, BODY, expiry.plusSeconds(2))).isEqualTo(new Claim.Mismatch());
    }

    @Test
    void a_claim_left_in_flight_past_its_hold_by_a_request_that_died_is_taken_over() {
        String key = key();
        claim(key, BODY, T0);
        Instant abandoned = T0.plus(HOLD);

        assertThat(claim(key, OTHER_BODY, abandoned)).isEqualTo(new Claim.Claimed());
        ApplicationId created = ApplicationId.random();
        keys().complete(scope, key, created, Optional.empty());
        assertThat(claim(key, OTHER_BODY, abandoned.plusSeconds(1)))
                .isEqualTo(new Claim.Replay(created, Optional.empty()));
    }

    @Test
    void a_released_key_may_be_claimed_again_by_a_corrected_request() {
        String key = key();
        claim(key, BODY, T0);

        keys().release(scope, key);

        assertThat(claim(key, OTHER_BODY, T0.plusSeconds(1))).isEqualTo(new Claim.Claimed());
    }

    @Test
    void releasing_a_completed_key_or_an_unknown_one_changes_nothing() {
        String key = key();
        ApplicationId created = ApplicationId.random();
        claim(key, BODY, T0);
        keys().complete(scope, key, created, Optional.empty());

        keys().release(scope, key);
        keys().release(scope, key());

        assertThat(claim(key, BODY, T0.plusSeconds(1))).isEqualTo(new Claim.Replay(created, Optional.empty()));
    }

    @Test
    void purging_deletes_the_keys_expired_by_then_counts_them_and_keeps_the_others() {
        String early = key();
        String alsoEarly = key();
        String late = key();
        claim(early, BODY, T0);
        claim(alsoEarly, BODY, T0.plusSeconds(60));
        keys().complete(scope, alsoEarly, ApplicationId.random(), Optional.empty());
        ApplicationId lateOne = ApplicationId.random();
        claim(late, BODY, T0.plus(LIFETIME));
        keys().complete(scope, late, lateOne, Optional.empty());

        int purged = keys().purgeExpired(T0.plus(LIFETIME).plusSeconds(60));

        assertThat(purged).isEqualTo(2);
        assertThat(keys().purgeExpired(T0.plus(LIFETIME).plusSeconds(60))).isZero();
        assertThat(claim(late, BODY, T0.plus(LIFETIME).plusSeconds(61)))
                .isEqualTo(new Claim.Replay(lateOne, Optional.empty()));
        assertThat(claim(early, OTHER_BODY, T0.plusSeconds(1))).as("gone, so claimed afresh")
                .isEqualTo(new Claim.Claimed());
    }
}
