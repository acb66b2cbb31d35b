package org.madoguchi.applications.domain.model;

import java.util.List;

import org.madoguchi.platform.failure.DomainFailure;
import org.madoguchi.platform.failure.Violation;

/** Another usage category has this name (or one that differs only in full- and half-width forms). */
public class DuplicateUsageCategory extends DomainFailure {

    private static final long serialVersionUID = 1L;

    private static final String CODE = "duplicate-usage-category";

    public DuplicateUsageCategory(String name) {
        super(Kind.CONFLICT, CODE, List.of(name), List.of(Violation.of("name", CODE, name)));
    }
}
