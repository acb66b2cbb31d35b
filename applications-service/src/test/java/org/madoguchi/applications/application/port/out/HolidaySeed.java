package org.madoguchi.applications.application.port.out;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.madoguchi.applications.domain.model.BusinessCalendar;

/**
 * The holiday list as the seed migration {@code V3__holidays.sql} writes it, read from the class path: what the
 * real {@code holiday} table holds, for the fake and for the tests that check the list itself.
 */
public final class HolidaySeed {

    /** Where the migration lies on the class path. */
    public static final String MIGRATION = "db/migration/V3__holidays.sql";

    private static final Pattern ROW = Pattern.compile("\\('(\\d{4}-\\d{2}-\\d{2})', '((?:[^']|'')+)', '((?:[^']|'')+)'\\)");

    /** One seeded holiday: its Japanese and English names. */
    public record Holiday(LocalDate day, String name, String nameEn) {
    }

    private HolidaySeed() {
    }

    /** Every seeded holiday by day. */
    public static Map<LocalDate, Holiday> holidays() {
        String sql;
        try (InputStream in = HolidaySeed.class.getClassLoader().getResourceAsStream(MIGRATION)) {
            if (in == null) {
                throw new IllegalStateException(MIGRATION + " is not on the class path");
            }
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<LocalDate, Holiday> rows = new TreeMap<>();
        Matcher row = ROW.matcher(sql);
        while (row.find()) {
            LocalDate day = LocalDate.parse(row.group(1));
            Holiday holiday = new Holiday(day, row.group(2).replace("''", "'"), row.group(3).replace("''", "'"));
            if (rows.put(day, holiday) != null) {
                throw new IllegalStateException(day + " is seeded twice");
            }
        }
        return rows;
    }

    /** The business calendar the seeded holidays make. */
    public static BusinessCalendar calendar() {
        return new BusinessCalendar(holidays().keySet());
    }
}
