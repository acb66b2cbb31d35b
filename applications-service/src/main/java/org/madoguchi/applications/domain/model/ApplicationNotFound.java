package org.madoguchi.applications.domain.model;

import org.madoguchi.platform.failure.DomainFailure;

/** No application with that id, or none the caller may know of: another person's application reads as absent. */
public class ApplicationNotFound extends DomainFailure {

    private static final long serialVersionUID = 1L;

    public ApplicationNotFound() {
        super(Kind.NOT_FOUND, "application-not-found");
    }
}
