package org.madoguchi.applications.config;

import java.time.Duration;
import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Configuration of e-applications ({@code madoguchi.applications.*}). */
@ConfigMapping(prefix = "madoguchi.applications")
public interface ApplicationsConfig {

    /** The city's time zone: it decides the fiscal year of a receipt number and the day due dates count from. */
    @WithDefault("Asia/Tokyo")
    ZoneId timeZone();

    Idempotency idempotency();

    Inbox inbox();

    Statistics statistics();

    /** Idempotency-Key handling of submissions. */
    interface Idempotency {

        /** How long a key is remembered after its first use; a retry within it gets the first answer. */
        @WithDefault("24h")
        Duration keyLifetime();

        /**
         * How long a request holds its key while it runs; a retry meanwhile gets 409. A request that died leaves the
         * key to the next retry after this.
         */
        @WithDefault("30s")
        Duration inFlightHold();

        /** How often expired keys are deleted. */
        @WithDefault("15m")
        Duration purgeInterval();
    }

    /** The staff inbox. */
    interface Inbox {

        /** Business days ahead in which a due date counts as "due soon" (期限間近). */
        @WithDefault("3")
        int dueSoonBusinessDays();
    }

    /** Usage statistics (利用実績). */
    interface Statistics {

        /** The import of usage figures from before the system. */
        Import csvImport();

        /** CSV import of usage figures. */
        interface Import {

            /** Largest file accepted, in bytes. */
            @WithDefault("1048576")
            int maxBytes();

            /** Most lines accepted in one file. */
            @WithDefault("10000")
            int maxRows();
        }
    }
}
