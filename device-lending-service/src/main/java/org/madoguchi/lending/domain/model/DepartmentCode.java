package org.madoguchi.lending.domain.model;

import java.util.Objects;

/** The code of a department (課・室) as staff tokens carry it, e.g. {@code kenko-kosodate}. */
public record DepartmentCode(String value) {

    public DepartmentCode {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value;
    }
}
