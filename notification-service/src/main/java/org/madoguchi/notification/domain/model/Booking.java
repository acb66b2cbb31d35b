package org.madoguchi.notification.domain.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A booking (予約) of an LGWAN mobile PC as device lending's events describe it: ids, the site, the
 * borrower's subject and the period; never a name.
 *
 * @param reservationId the booking's id
 * @param deviceNumber  the number printed after "No." ({@code 014}), or {@code null} when the event has none
 * @param siteCode      the site whose desk hands it over
 * @param borrower      the borrower's account subject
 * @param start         when it starts
 * @param end           when it ends: the device is due back then
 * @param purpose       REMOTE_WORK, TELEWORK, …
 * @param status        the booking's status after the event
 */
public record Booking(String reservationId, String deviceNumber, String siteCode, String borrower, Instant start,
                      Instant end, String purpose, String status) {

    public Booking {
        Objects.requireNonNull(reservationId, "reservationId");
        Objects.requireNonNull(siteCode, "siteCode");
        Objects.requireNonNull(borrower, "borrower");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    /** Whether the booking waits for the site's desk to approve it. */
    public boolean pending() {
        return "PENDING".equals(status);
    }

    /** Whether the booking stands: confirmed at once or approved. */
    public boolean confirmed() {
        return "CONFIRMED".equals(status);
    }
}
