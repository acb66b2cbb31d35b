package org.madoguchi.platform.failure;

import java.util.ArrayList;
import java.util.List;

/**
 * Input that breaks one or more rules; every violation is reported at once, not only the first. The problem
 * code is {@code validation-failed}, its argument the number of violations.
 */
public class InvalidInput extends DomainFailure {

    private static final long serialVersionUID = 1L;

    /** The problem code of invalid input. */
    public static final String CODE = "validation-failed";

    public InvalidInput(List<Violation> violations) {
        super(Kind.INVALID, CODE, List.of(requireSome(violations).size()), violations);
    }

    public static InvalidInput of(String field, String code, Object... arguments) {
        return new InvalidInput(List.of(Violation.of(field, code, arguments)));
    }

    private static List<Violation> requireSome(List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid input has at least one violation");
        }
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

        /** Throws an {@link InvalidInput} with every violation found, if there is any. */
        public void throwIfAny() {
            if (!found.isEmpty()) {
                throw new InvalidInput(found);
            }
        }
    }
}
