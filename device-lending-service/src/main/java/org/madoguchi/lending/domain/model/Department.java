package org.madoguchi.lending.domain.model;

import java.util.Objects;

/**
 * 課・室: a department of the city as people read it, so that what staff read names 健康・子育て推進課
 * rather than {@code kenko-kosodate}.
 *
 * @param code   the code staff tokens carry
 * @param name   the Japanese name
 * @param nameEn the English name, if known
 */
public record Department(DepartmentCode code, String name, String nameEn) {

    public Department {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
