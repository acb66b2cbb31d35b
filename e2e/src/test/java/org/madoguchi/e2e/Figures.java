package org.madoguchi.e2e;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The figures a fault test prints as its last lines, before it asserts on them, so that a run's log shows what
 * happened even when an assertion fails: {@code KafkaBrokerKilledTest: sent 80, accepted 80, …}.
 */
final class Figures {

    private final String test;
    private final Map<String, Object> figures = new LinkedHashMap<>();

    Figures(String test) {
        this.test = test;
    }

    Figures put(String name, Object value) {
        figures.put(name, value instanceof Double d ? String.format("%.1f", d) : value);
        return this;
    }

    /** Prints the figures on one line and starts a new set. */
    void print() {
        System.out.println(test + ": " + figures.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", ")));
        figures.clear();
    }
}
