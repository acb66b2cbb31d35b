package org.madoguchi.applications.domain.model;

import org.madoguchi.platform.failure.DomainFailure;

/** The caller acted on an older version of the application: someone else changed it meanwhile (412). */
public class StaleApplication extends DomainFailure {

    private static final long serialVersionUID = 1L;

    public StaleApplication(long expected, long actual) {
        super(Kind.STALE, "stale-version", expected, actual);
    }

    /** Throws unless the stored version is the one the caller read. */
    public static void requireSame(long expected, long actual) {
        if (expected != actual) {
            throw new StaleApplication(expected, actual);
        }
    }
}
