package org.madoguchi.lending.domain.model;

import java.util.List;

import org.madoguchi.platform.failure.DomainFailure;
import org.madoguchi.platform.failure.Violation;

/** No site has this code. */
public class UnknownSite extends DomainFailure {

    private static final long serialVersionUID = 1L;

    private static final String CODE = "unknown-site";

    public UnknownSite(SiteCode site) {
        super(Kind.INVALID, CODE, List.of(site.value()), List.of(Violation.of("siteCode", CODE, site.value())));
    }
}
