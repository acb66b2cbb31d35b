package org.madoguchi.lending.domain.model;

import org.madoguchi.platform.failure.DomainFailure;

/** Only the lending desk of the site (or 情報政策課, or 情報政策課 alone) may do what was asked. */
public class NotPermitted extends DomainFailure {

    private static final long serialVersionUID = 1L;

    public NotPermitted() {
        super(Kind.FORBIDDEN, "other-site");
    }
}
