package org.madoguchi.lending.domain.model;

import java.util.Objects;

/** The code of a site (設置場所) where devices are kept, e.g. {@code ekinan}. */
public record SiteCode(String value) implements Comparable<SiteCode> {

    public SiteCode {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public int compareTo(SiteCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
