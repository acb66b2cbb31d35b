package org.madoguchi.applications.domain.model;

import org.madoguchi.platform.failure.DomainFailure;

/** No usage category (集計区分) has this id. */
public class UsageCategoryNotFound extends DomainFailure {

    private static final long serialVersionUID = 1L;

    public UsageCategoryNotFound(UsageCategoryId id) {
        super(Kind.NOT_FOUND, "usage-category-not-found", id.toString());
    }
}
