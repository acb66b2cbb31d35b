package org.madoguchi.lending.domain.model;

import java.util.Objects;
import java.util.UUID;

/** The identity of a disaster mode declaration (災害モード). */
public record DisasterDeclarationId(UUID value) implements Identifier {

    public DisasterDeclarationId {
        Objects.requireNonNull(value, "value");
    }

    public static DisasterDeclarationId random() {
        return new DisasterDeclarationId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
