package org.madoguchi.eventing;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class RelayBackoffTest {

    private static final Duration INITIAL = Duration.ofSeconds(1);
    private static final Duration MAX = Duration.ofSeconds(60);

    @Test
    void the_wait_doubles_with_every_failed_attempt() {
        assertThat(OutboxRelay.backoff(1, INITIAL, MAX)).isEqualTo(Duration.ofSeconds(1));
        assertThat(OutboxRelay.backoff(2, INITIAL, MAX)).isEqualTo(Duration.ofSeconds(2));
        assertThat(OutboxRelay.backoff(3, INITIAL, MAX)).isEqualTo(Duration.ofSeconds(4));
        assertThat(OutboxRelay.backoff(6, INITIAL, MAX)).isEqualTo(Duration.ofSeconds(32));
    }

    @Test
    void the_wait_never_exceeds_the_maximum_however_often_a_row_failed() {
        assertThat(OutboxRelay.backoff(7, INITIAL, MAX)).isEqualTo(MAX);
        assertThat(OutboxRelay.backoff(10_000, INITIAL, MAX)).isEqualTo(MAX);
    }
}
