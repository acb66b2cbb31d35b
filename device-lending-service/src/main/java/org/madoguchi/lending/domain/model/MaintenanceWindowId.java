package org.madoguchi.lending.domain.model;

import java.util.Objects;
import java.util.UUID;

/** The identity of an entry of a device's maintenance log (保守). */
public record MaintenanceWindowId(UUID value) implements Identifier {

    public MaintenanceWindowId {
        Objects.requireNonNull(value, "value");
    }

    public static MaintenanceWindowId random() {
        return new MaintenanceWindowId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
