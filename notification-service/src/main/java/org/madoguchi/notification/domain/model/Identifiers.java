package org.madoguchi.notification.domain.model;

import java.util.Objects;
import java.util.UUID;

/** Checks shared by the typed ids of this context. */
final class Identifiers {

    private Identifiers() {
    }

    static UUID require(UUID value) {
        return Objects.requireNonNull(value, "value");
    }
}
