package org.madoguchi.notification.domain.model;

import org.madoguchi.platform.failure.DomainFailure;

/** The unsubscribe link was altered or is not one this service made. */
public class InvalidUnsubscribeLink extends DomainFailure {

    private static final long serialVersionUID = 1L;

    public InvalidUnsubscribeLink() {
        super(Kind.NOT_FOUND, "invalid-unsubscribe-link");
    }
}
