package org.madoguchi.procedures.domain.model;

import java.util.ArrayList;
import java.util.List;

/** Input that breaks one or more rules of the registry; every violation is reported, not only the first. */
public class InvalidInput extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    public InvalidInput(List<Violation> violations) {
        super("invalid input: " + violations);
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid input has at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public static InvalidInput of(String field, String code, Object... arguments) {
        return new InvalidInput(List.of(Violation.of(field, code, arguments)));
    }

    public List<Violation> violations() {
        return violations;
    }

    /** Collects violations while a value is checked, and throws them all at once. */
    public static final class Collector {

        private final List<Violation> found = new ArrayList<>();

        public Collector add(String field, String code, Object... arguments) {
            found.add(Violation.of(field, code, arguments));
            return this;
        }

        public Collector addAll(List<Violation> violations) {
            found.addAll(violations);
            return this;
        }

        /** Runs a check and keeps its violations, placed under {@code parent}. */
        public Collector check(String parent, Runnable check) {
            try {
                check.run();
            } catch (InvalidInput invalid) {
                invalid.violations().forEach(v -> found.add(v.under(parent)));
            }
            return this;
        }

        public boolean isEmpty() {
            return found.isEmpty();
        }

        public List<Violation> violations() {
            return List.copyOf(found);
        }

        public void throwIfAny() {
            if (!found.isEmpty()) {
                throw new InvalidInput(found);
            }
        }
    }
}
