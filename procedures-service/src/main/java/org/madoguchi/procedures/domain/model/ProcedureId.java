package org.madoguchi.procedures.domain.model;

import java.util.Objects;
import java.util.UUID;

/** The identity of a procedure in the registry; its human-facing key is the {@link ProcedureCode}. */
public record ProcedureId(UUID value) {

    public ProcedureId {
        Objects.requireNonNull(value, "value");
    }

    public static ProcedureId random() {
        return new ProcedureId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
