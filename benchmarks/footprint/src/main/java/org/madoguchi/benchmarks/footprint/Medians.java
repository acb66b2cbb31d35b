package org.madoguchi.benchmarks.footprint;

import java.util.List;

/** The median of a few measurements: the middle one, or the mean of the two middle ones. */
final class Medians {

    private Medians() {
    }

    static double of(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
