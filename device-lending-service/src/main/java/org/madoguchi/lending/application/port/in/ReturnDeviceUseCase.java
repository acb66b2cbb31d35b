package org.madoguchi.lending.application.port.in;

import org.madoguchi.lending.domain.model.Actor;
import org.madoguchi.lending.domain.model.Incident;
import org.madoguchi.lending.domain.model.KitItem;
import org.madoguchi.lending.domain.model.Lending;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * 返却: the desk takes a device back, checks the kit and gives the notebook back; a missing
 * item or damage opens an incident that waits for the borrower's report.
 */
public interface ReturnDeviceUseCase {

    ReturnOutcome takeBack(ReturnCommand command);

    record ReturnCommand(UUID reservationId, Actor desk, Set<KitItem> kitReturned, boolean notebookReturned,
                         boolean notebookConfirmedByOwner, String damageNote) {
        public ReturnCommand {
            Objects.requireNonNull(reservationId, "reservationId");
            Objects.requireNonNull(desk, "desk");
            kitReturned = kitReturned == null ? Set.of() : Set.copyOf(kitReturned);
        }
    }

    /** The completed ledger entry and the incidents it opened. */
    record ReturnOutcome(Lending lending, List<Incident> incidentsOpened) {
    }
}
