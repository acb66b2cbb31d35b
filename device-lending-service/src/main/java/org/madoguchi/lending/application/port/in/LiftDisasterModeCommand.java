package org.madoguchi.lending.application.port.in;

import java.util.Objects;

import org.madoguchi.lending.domain.model.Actor;
import org.madoguchi.lending.domain.model.DisasterDeclarationId;

/** The declaration to lift. */
public record LiftDisasterModeCommand(DisasterDeclarationId declarationId, Actor actor) {

    public LiftDisasterModeCommand {
        Objects.requireNonNull(declarationId, "declarationId");
        Objects.requireNonNull(actor, "actor");
    }
}
