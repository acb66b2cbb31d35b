package org.madoguchi.lending.adapter.out.persistence;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Conversions shared by the persistence adapters. */
final class Entities {

    private Entities() {
    }

    static <E extends Enum<E>> String joined(Set<E> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    static <E extends Enum<E>> Set<E> split(String joined, Class<E> type) {
        EnumSet<E> values = EnumSet.noneOf(type);
        if (joined != null && !joined.isBlank()) {
            Arrays.stream(joined.split(",")).map(s -> Enum.valueOf(type, s.strip())).forEach(values::add);
        }
        return values;
    }

}
