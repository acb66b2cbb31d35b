package org.madoguchi.lending.application.port.in;

import org.madoguchi.lending.domain.model.Actor;
import org.madoguchi.lending.domain.model.KitItem;
import org.madoguchi.lending.domain.model.Lending;
import org.madoguchi.lending.domain.model.UsageRule;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** 貸出: the desk hands a device over for a booking that is due, and writes the ledger entry. */
public interface HandOverDeviceUseCase {

    Lending handOver(HandOverCommand command);

    record HandOverCommand(UUID reservationId, Actor desk, Lending.Notebook notebook, Set<KitItem> kit,
                           boolean disinfected, boolean operationChecked, Set<UsageRule> rulesAcknowledged) {
        public HandOverCommand {
            Objects.requireNonNull(reservationId, "reservationId");
            Objects.requireNonNull(desk, "desk");
            Objects.requireNonNull(notebook, "notebook");
            kit = kit == null ? Set.of() : Set.copyOf(kit);
            rulesAcknowledged = rulesAcknowledged == null ? Set.of() : Set.copyOf(rulesAcknowledged);
        }
    }
}
