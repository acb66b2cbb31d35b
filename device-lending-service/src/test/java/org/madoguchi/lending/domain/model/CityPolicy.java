package org.madoguchi.lending.domain.model;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

/** The city's lending rules as the service's configuration defaults state them, for tests without Quarkus. */
public final class CityPolicy {

    /** Tokyo time; hand-over 30 minutes early; bookings up to 366 days, 15 minutes late; desk 08:30–17:15. */
    public static final LendingPolicy DEFAULTS = new LendingPolicy(ZoneId.of("Asia/Tokyo"), Duration.ofMinutes(30),
            Duration.ofDays(366), Duration.ofMinutes(15), LocalTime.of(8, 30), LocalTime.of(17, 15),
            Duration.ofDays(366), Duration.ofDays(92), Duration.ofDays(7), Duration.ofDays(56));

    private CityPolicy() {
    }
}
