package org.madoguchi.eventing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Configuration of the event backbone of one service. */
@ConfigMapping(prefix = "madoguchi.eventing")
public interface EventingConfig {

    /** CloudEvents {@code source} of this service, e.g. {@code /madoguchi/procedures-service}. */
    String source();

    /** Whether events are checked against their contract before they enter the outbox. */
    @WithDefault("true")
    boolean validate();

    /** How long ids of applied events are kept; longer than the topics' retention. */
    @WithDefault("P30D")
    Duration processedRetention();

    Relay relay();

    /** The relay that publishes the outbox to Kafka. */
    interface Relay {

        /** Off for an instance that should only write (another instance relays). */
        @WithDefault("true")
        boolean enabled();

        /**
         * How often the relay looks for due rows besides the wake-up after each commit: retries,
         * and rows written by other instances of the service. At least one second.
         */
        @WithDefault("1s")
        Duration interval();

        /** Rows published per transaction. */
        @WithDefault("200")
        int batchSize();

        /** Wait before the first retry of a failed row; doubles per attempt. */
        @WithDefault("1s")
        Duration initialBackoff();

        /** Longest wait between retries of a failed row. */
        @WithDefault("60s")
        Duration maxBackoff();

        /** How long the producer tries to deliver one batch before the rows are retried later. */
        @WithDefault("10s")
        Duration sendTimeout();

        /** How long published rows are kept for inspection before they are deleted. */
        @WithDefault("P7D")
        Duration publishedRetention();
    }
}
