package org.madoguchi.procedures.domain.model;

import java.util.Objects;

/**
 * The words people read for a value of the registry (a status, a reason, a kind of form), in Japanese,
 * the city's language, and in English.
 *
 * @param ja Japanese
 * @param en English
 */
public record BilingualLabel(String ja, String en) {

    public BilingualLabel {
        Objects.requireNonNull(ja, "ja");
        Objects.requireNonNull(en, "en");
    }
}
