package org.madoguchi.e2e;

import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.awaitility.core.ConditionFactory;

/** Waiting for what happens asynchronously (events, mail), with one generous bound for the whole suite. */
final class Eventually {

    static final Duration AT_MOST = Duration.ofSeconds(60);

    private Eventually() {
    }

    /** A condition polled every half second for up to a minute; exceptions meanwhile count as "not yet". */
    static ConditionFactory eventually() {
        return await().atMost(AT_MOST).pollInterval(Duration.ofMillis(500)).ignoreExceptions();
    }
}
