package org.madoguchi.procedures.domain.model;

import java.util.Objects;
import java.util.UUID;

/** The identity of a form (様式); also the last segment of its public URL. */
public record FormId(UUID value) {

    public FormId {
        Objects.requireNonNull(value, "value");
    }

    public static FormId random() {
        return new FormId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
