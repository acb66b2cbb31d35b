package org.madoguchi.applications.domain.model;

import java.util.Objects;
import java.util.UUID;

/** The id of a usage category (集計区分). */
public record UsageCategoryId(UUID value) {

    public UsageCategoryId {
        Objects.requireNonNull(value, "value");
    }

    public static UsageCategoryId random() {
        return new UsageCategoryId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
