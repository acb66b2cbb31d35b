package org.madoguchi.lending.adapter.out.persistence;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A set of enum constants as the text columns store it: names, sorted, joined by commas ({@code CASE,MOBILE_PC}). */
final class EnumSetColumns {

    private EnumSetColumns() {
    }

    static <E extends Enum<E>> String write(Set<E> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    static <E extends Enum<E>> Set<E> read(String column, Class<E> type) {
        EnumSet<E> values = EnumSet.noneOf(type);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(s -> Enum.valueOf(type, s.strip())).forEach(values::add);
        }
        return values;
    }
}
