package org.madoguchi.applications.domain.model;

import org.madoguchi.platform.failure.DomainFailure;

/** The caller is known but may not do this: only staff of the owning department process an application. */
public class NotPermitted extends DomainFailure {

    private static final long serialVersionUID = 1L;

    public NotPermitted() {
        super(Kind.FORBIDDEN, "not-permitted");
    }
}
