package org.madoguchi.lending.domain.model;

import java.util.Objects;
import java.util.UUID;

/** The identity of a booking (予約), and of the ledger entry (貸出台帳) of its hand-over. */
public record ReservationId(UUID value) implements Identifier {

    public ReservationId {
        Objects.requireNonNull(value, "value");
    }

    public static ReservationId random() {
        return new ReservationId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
