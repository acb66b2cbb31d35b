package org.madoguchi.applications.domain.model;

import org.madoguchi.platform.failure.DomainFailure;

/** The form takes answers from signed-in citizens only; an anonymous person may not answer it. */
public class SignInRequired extends DomainFailure {

    private static final long serialVersionUID = 1L;

    public SignInRequired() {
        super(Kind.FORBIDDEN, "sign-in-required");
    }
}
