package org.madoguchi.procedures.domain.model;

import org.madoguchi.platform.failure.DomainFailure;

/** The editor's copy is older than the stored one: someone else changed it meanwhile. */
public class StaleVersion extends DomainFailure {

    private static final long serialVersionUID = 1L;

    private final long expected;
    private final long actual;

    public StaleVersion(long expected, long actual) {
        super(Kind.STALE, "stale-version", expected, actual);
        this.expected = expected;
        this.actual = actual;
    }

    public long expected() {
        return expected;
    }

    public long actual() {
        return actual;
    }

    /** Throws unless the stored version is the expected one. */
    public static void requireSame(long expected, long actual) {
        if (expected != actual) {
            throw new StaleVersion(expected, actual);
        }
    }
}
