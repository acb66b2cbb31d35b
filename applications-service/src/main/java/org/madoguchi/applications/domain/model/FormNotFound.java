package org.madoguchi.applications.domain.model;

import org.madoguchi.platform.failure.DomainFailure;

/** No published form with that id is known here (it was never published, or its events have not arrived yet). */
public class FormNotFound extends DomainFailure {

    private static final long serialVersionUID = 1L;

    public FormNotFound(FormId form) {
        super(Kind.NOT_FOUND, "form-not-found", form.toString());
    }
}
