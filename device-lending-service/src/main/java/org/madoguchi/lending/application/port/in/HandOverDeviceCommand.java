package org.madoguchi.lending.application.port.in;

import java.util.Objects;
import java.util.Set;

import org.madoguchi.lending.domain.model.Actor;
import org.madoguchi.lending.domain.model.KitItem;
import org.madoguchi.lending.domain.model.Lending;
import org.madoguchi.lending.domain.model.ReservationId;
import org.madoguchi.lending.domain.model.UsageRule;

/** What the desk records at hand-over: the borrower's notebook, the kit, the checks and the rules acknowledged. */
public record HandOverDeviceCommand(ReservationId reservationId, Actor desk, Lending.Notebook notebook, Set<KitItem> kit,
                                    boolean disinfected, boolean operationChecked, Set<UsageRule> rulesAcknowledged) {

    public HandOverDeviceCommand {
        Objects.requireNonNull(reservationId, "reservationId");
        Objects.requireNonNull(desk, "desk");
        Objects.requireNonNull(notebook, "notebook");
        kit = kit == null ? Set.of() : Set.copyOf(kit);
        rulesAcknowledged = rulesAcknowledged == null ? Set.of() : Set.copyOf(rulesAcknowledged);
    }
}
