package org.madoguchi.lending.application.port.in;

import org.madoguchi.lending.domain.model.Actor;
import org.madoguchi.lending.domain.model.DisasterDeclaration;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * 災害モード: 情報政策課 declares it for all sites or some; bookings in scope that are not for
 * disaster response are cancelled, devices out are recalled, until it is lifted.
 */
public interface DisasterModeUseCase {

    DisasterOutcome declare(DeclareDisasterCommand command);

    DisasterDeclaration lift(UUID declarationId, Actor actor);

    record DeclareDisasterCommand(Actor actor, Set<String> siteCodes, Instant effectiveFrom, String reason) {
        public DeclareDisasterCommand {
            Objects.requireNonNull(actor, "actor");
            siteCodes = siteCodes == null ? Set.of() : Set.copyOf(siteCodes);
        }
    }

    record DisasterOutcome(DisasterDeclaration declaration, int bookingsCancelled, int devicesRecalled) {
    }
}
