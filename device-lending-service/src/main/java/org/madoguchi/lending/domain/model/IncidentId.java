package org.madoguchi.lending.domain.model;

import java.util.Objects;
import java.util.UUID;

/** The identity of an incident (事故). */
public record IncidentId(UUID value) implements Identifier {

    public IncidentId {
        Objects.requireNonNull(value, "value");
    }

    public static IncidentId random() {
        return new IncidentId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
