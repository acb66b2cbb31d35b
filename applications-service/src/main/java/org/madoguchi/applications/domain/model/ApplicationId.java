package org.madoguchi.applications.domain.model;

import java.util.Objects;
import java.util.UUID;

/** The id of an application (申請). */
public record ApplicationId(UUID value) {

    public ApplicationId {
        Objects.requireNonNull(value, "value");
    }

    public static ApplicationId random() {
        return new ApplicationId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
