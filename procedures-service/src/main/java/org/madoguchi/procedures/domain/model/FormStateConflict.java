package org.madoguchi.procedures.domain.model;

import java.util.Locale;

import org.madoguchi.platform.failure.DomainFailure;

/** What was asked of a form does not fit its status, e.g. closing a draft. */
public class FormStateConflict extends DomainFailure {

    private static final long serialVersionUID = 1L;

    /** What was asked. */
    public enum Action { EDIT, PUBLISH, CLOSE }

    private final FormStatus status;
    private final Action action;

    public FormStateConflict(FormStatus status, Action action) {
        super(Kind.CONFLICT, "form-" + action.name().toLowerCase(Locale.ROOT) + "-not-allowed", status.name());
        this.status = status;
        this.action = action;
    }

    public FormStatus status() {
        return status;
    }

    public Action action() {
        return action;
    }
}
