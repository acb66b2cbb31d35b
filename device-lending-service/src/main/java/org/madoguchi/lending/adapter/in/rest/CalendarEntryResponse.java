package org.madoguchi.lending.adapter.in.rest;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.madoguchi.lending.application.port.in.CalendarQueries;

/**
 * A booking or maintenance window in the week grid.
 *
 * @param id           the booking's or the maintenance window's id
 * @param start        its start
 * @param end          its end
 * @param status       the booking's status
 * @param purpose      the booking's purpose
 * @param department   the borrower's department code
 * @param borrowerName the borrower's name, for those who may see who booked
 * @param maintenance  the kind of maintenance
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CalendarEntryResponse(UUID id, Instant start, Instant end, String status, String purpose,
                                    String department, String borrowerName, String maintenance) {

    static CalendarEntryResponse of(CalendarQueries.CalendarEntry e) {
        return new CalendarEntryResponse(e.id().value(), e.period().start(), e.period().end(),
                e.status() == null ? null : e.status().name(), e.purpose() == null ? null : e.purpose().name(),
                e.department(), e.borrowerName(), e.maintenance() == null ? null : e.maintenance().name());
    }
}
