package org.madoguchi.lending.application.port.in;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

import org.madoguchi.lending.domain.model.Actor;
import org.madoguchi.lending.domain.model.SiteCode;

/**
 * A declaration of disaster mode.
 *
 * @param siteCodes     the sites in scope; empty: every site
 * @param effectiveFrom from when; {@code null}: now
 */
public record DeclareDisasterModeCommand(Actor actor, Set<SiteCode> siteCodes, Instant effectiveFrom, String reason) {

    public DeclareDisasterModeCommand {
        Objects.requireNonNull(actor, "actor");
        siteCodes = siteCodes == null ? Set.of() : Set.copyOf(siteCodes);
    }
}
