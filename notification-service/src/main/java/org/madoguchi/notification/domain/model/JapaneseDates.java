package org.madoguchi.notification.domain.model;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.chrono.JapaneseChronology;
import java.time.chrono.JapaneseDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as people read them: in Japanese with the era (令和5年5月11日, 令和5年5月11日 9:30), in English as
 * {@code 11 May 2023}. The era comes from the JDK's Japanese calendar, not from a table of our own.
 */
public final class JapaneseDates {

    private static final DateTimeFormatter ERA_DATE = DateTimeFormatter.ofPattern("GGGGy年M月d日", Locale.JAPAN)
            .withChronology(JapaneseChronology.INSTANCE);
    private static final DateTimeFormatter ERA_TIME = DateTimeFormatter.ofPattern("H:mm", Locale.JAPAN);
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter ENGLISH_TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private JapaneseDates() {
    }

    /** 令和5年5月11日. */
    public static String japanese(LocalDate date) {
        return ERA_DATE.format(JapaneseDate.from(date));
    }

    /** 令和5年5月11日 9:30, in the zone of the time given. */
    public static String japanese(ZonedDateTime time) {
        return japanese(time.toLocalDate()) + " " + ERA_TIME.format(time);
    }

    /** 11 May 2023. */
    public static String english(LocalDate date) {
        return ENGLISH_DATE.format(date);
    }

    /** 11 May 2023, 09:30. */
    public static String english(ZonedDateTime time) {
        return english(time.toLocalDate()) + ", " + ENGLISH_TIME.format(time);
    }
}
