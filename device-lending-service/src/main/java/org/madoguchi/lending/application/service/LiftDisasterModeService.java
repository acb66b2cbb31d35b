package org.madoguchi.lending.application.service;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.lending.application.port.in.LiftDisasterModeCommand;
import org.madoguchi.lending.application.port.in.LiftDisasterModeUseCase;
import org.madoguchi.lending.application.port.out.DisasterDeclarations;
import org.madoguchi.lending.application.port.out.LendingEvents;
import org.madoguchi.lending.domain.event.LendingEvent;
import org.madoguchi.lending.domain.model.DisasterDeclaration;
import org.madoguchi.lending.domain.model.NotFound;

/** Lifts a disaster mode declaration, once however many lift it at the same time. */
@ApplicationScoped
class LiftDisasterModeService implements LiftDisasterModeUseCase {

    private final DisasterDeclarations declarations;
    private final LendingEvents events;
    private final Clock clock;

    LiftDisasterModeService(DisasterDeclarations declarations, LendingEvents events, Clock clock) {
        this.declarations = declarations;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public DisasterDeclaration lift(LiftDisasterModeCommand command) {
        command.actor().requireInformationPolicy();
        DisasterDeclaration declaration = declarations.declaration(command.declarationId())
                .orElseThrow(() -> new NotFound(NotFound.What.DISASTER_DECLARATION, command.declarationId()));
        Instant now = clock.instant();
        DisasterDeclaration lifted = declaration.lift(command.actor().subject(), now);
        declarations.update(lifted);
        events.publish(new LendingEvent.DisasterModeLifted(lifted, now));
        return lifted;
    }
}
