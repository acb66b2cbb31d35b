package org.madoguchi.lending.adapter.in.rest;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.madoguchi.lending.domain.model.Period;

/**
 * A time range {@code [start, end)}.
 *
 * @param start its start
 * @param end   its end
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PeriodResponse(Instant start, Instant end) {

    static PeriodResponse of(Period p) {
        return new PeriodResponse(p.start(), p.end());
    }
}
