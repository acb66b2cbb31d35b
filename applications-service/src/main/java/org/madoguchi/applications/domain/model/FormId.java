package org.madoguchi.applications.domain.model;

import java.util.Objects;
import java.util.UUID;

/** The id of a form (様式) as procedures-service assigns it. */
public record FormId(UUID value) {

    public FormId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
