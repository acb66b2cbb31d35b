package org.madoguchi.lending.domain.model;

import org.madoguchi.platform.failure.DomainFailure;

/** Someone else changed the same booking, incident or declaration meanwhile; nothing was written. */
public class ConcurrentChange extends DomainFailure {

    private static final long serialVersionUID = 1L;

    public ConcurrentChange() {
        super(Kind.CONFLICT, "concurrent-change");
    }

    /** @param cause what the store reported, kept for the log */
    public ConcurrentChange(Throwable cause) {
        this();
        initCause(cause);
    }
}
