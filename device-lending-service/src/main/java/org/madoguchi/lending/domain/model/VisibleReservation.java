package org.madoguchi.lending.domain.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A booking as one viewer may see it: who booked it (subject and name) and the note show to its borrower
 * and to the desk of its site only; everyone else sees the borrower's department. Made by
 * {@link Reservation#visibleTo(Actor)}, the one place that rule lives.
 *
 * @param reservation the booking; read its borrower and note through this record, not from it
 * @param personal    whether the viewer may see who booked it and the note
 */
public record VisibleReservation(Reservation reservation, boolean personal) {

    public VisibleReservation {
        Objects.requireNonNull(reservation, "reservation");
    }

    /** The borrower's subject, for the borrower and the site's desk. */
    public Optional<String> borrowerSubject() {
        return personal ? Optional.of(reservation.borrower().subject()) : Optional.empty();
    }

    /** The borrower's name, for the borrower and the site's desk. */
    public Optional<String> borrowerName() {
        return personal ? Optional.ofNullable(reservation.borrower().name()) : Optional.empty();
    }

    /** The borrower's department, which everyone sees. */
    public Optional<String> borrowerDepartment() {
        return Optional.ofNullable(reservation.borrower().department());
    }

    /** The note, for the borrower and the site's desk. */
    public Optional<String> note() {
        return personal ? Optional.ofNullable(reservation.note()) : Optional.empty();
    }
}
