package org.madoguchi.lending.application.port.in;

import java.util.Objects;
import java.util.Set;

import org.madoguchi.lending.domain.model.Actor;
import org.madoguchi.lending.domain.model.KitItem;
import org.madoguchi.lending.domain.model.ReservationId;

/** What the desk finds at return: the kit that is back, the notebook given back, any damage. */
public record ReturnDeviceCommand(ReservationId reservationId, Actor desk, Set<KitItem> kitReturned,
                                  boolean notebookReturned, boolean notebookConfirmedByOwner, String damageNote) {

    public ReturnDeviceCommand {
        Objects.requireNonNull(reservationId, "reservationId");
        Objects.requireNonNull(desk, "desk");
        kitReturned = kitReturned == null ? Set.of() : Set.copyOf(kitReturned);
    }
}
