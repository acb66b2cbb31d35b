package org.madoguchi.lending.domain.model;

import java.util.Objects;
import java.util.UUID;

/** The identity of a device of the inventory; its human-facing key is the {@link DeviceNumber}. */
public record DeviceId(UUID value) implements Identifier {

    public DeviceId {
        Objects.requireNonNull(value, "value");
    }

    public static DeviceId random() {
        return new DeviceId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
