package org.madoguchi.lending.adapter.in.rest;

import java.time.Instant;
import java.util.Set;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A declaration of disaster mode.
 *
 * @param siteCodes     the sites in scope; none: every site
 * @param effectiveFrom from when; default now
 * @param reason        why
 */
public record DeclareDisasterModeRequest(@NotNull Set<@Size(max = 40) String> siteCodes, Instant effectiveFrom,
                                         @Size(max = 2000) String reason) {
}
