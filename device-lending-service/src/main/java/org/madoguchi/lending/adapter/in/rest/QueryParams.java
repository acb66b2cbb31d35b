package org.madoguchi.lending.adapter.in.rest;

import org.madoguchi.platform.problem.ProblemException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * Reads date and time query parameters with a 400 problem naming the parameter when one is
 * missing or malformed (JAX-RS would answer a failed conversion with 404).
 */
final class QueryParams {

    private QueryParams() {
    }

    static Instant instant(String name, String value) {
        return parse(name, value, Instant::parse, "2026-12-01T00:00:00Z");
    }

    static YearMonth month(String name, String value) {
        return parse(name, value, YearMonth::parse, "2026-12");
    }

    static LocalDate day(String name, String value) {
        return value == null || value.isBlank() ? null : parse(name, value, LocalDate::parse, "2026-12-01");
    }

    private static <T> T parse(String name, String value, Function<String, T> parser, String example) {
        if (value == null || value.isBlank()) {
            throw ProblemException.badRequest("parameter-missing", name).withFieldError(name, "parameter-missing", name);
        }
        try {
            return parser.apply(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("parameter-malformed", name, example)
                    .withFieldError(name, "parameter-malformed", name, example).causedBy(e);
        }
    }
}
