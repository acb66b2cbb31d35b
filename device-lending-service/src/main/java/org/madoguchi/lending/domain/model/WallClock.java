package org.madoguchi.lending.domain.model;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** An instant as staff read it in refusals: {@code yyyy-MM-dd HH:mm} in the city's zone. */
final class WallClock {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private WallClock() {
    }

    static String format(Instant instant, ZoneId zone) {
        return MINUTES.format(instant.atZone(zone));
    }
}
