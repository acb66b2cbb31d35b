package org.madoguchi.notification.domain.model;

import org.madoguchi.platform.failure.DomainFailure;

/** Only 情報政策課 (or operations, for the delivery log) may do what was asked. */
public class NotPermitted extends DomainFailure {

    private static final long serialVersionUID = 1L;

    public NotPermitted() {
        super(Kind.FORBIDDEN, "not-permitted");
    }
}
