package org.madoguchi.applications.domain.model;

import org.madoguchi.platform.failure.DomainFailure;

/** The form takes no answers now: it was closed (受付終了), its period is over, or it has not opened yet. */
public class FormNotAccepting extends DomainFailure {

    private static final long serialVersionUID = 1L;

    public FormNotAccepting(FormId form, boolean over) {
        super(Kind.CONFLICT, over ? "form-closed" : "form-not-open-yet", form.toString());
    }
}
