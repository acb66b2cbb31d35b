package org.madoguchi.procedures.domain.model;

import java.util.Objects;
import java.util.Optional;

import org.madoguchi.platform.failure.InvalidInput;

/**
 * 課・室: a department of the city that owns procedures and forms, optionally under a 部 or a branch
 * office (総合支所), here called its division.
 *
 * @param code     stable code, also carried by staff tokens
 * @param name     Japanese name, e.g. 健康・子育て推進課
 * @param nameEn   English name
 * @param division the 部 or office it belongs to; {@code null} when not recorded
 * @param rank     position in the city's organisational order, which reports follow
 */
public record Department(DepartmentCode code, String name, String nameEn, String division, int rank) {

    public Department {
        Objects.requireNonNull(code, "code");
        InvalidInput.Collector errors = new InvalidInput.Collector();
        name = Text.required(errors, "name", name, 100);
        nameEn = Text.required(errors, "nameEn", nameEn, 200);
        division = Text.optional(errors, "division", division, 100);
        errors.throwIfAny();
    }

    public Optional<String> divisionName() {
        return Optional.ofNullable(division);
    }
}
