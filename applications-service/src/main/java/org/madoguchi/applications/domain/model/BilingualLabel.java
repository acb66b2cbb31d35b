package org.madoguchi.applications.domain.model;

import java.util.Objects;

/**
 * The words people read for a value of this context (a status, an action), in Japanese, the city's
 * language, and in English.
 */
public record BilingualLabel(String ja, String en) {

    public BilingualLabel {
        Objects.requireNonNull(ja, "ja");
        Objects.requireNonNull(en, "en");
    }
}
