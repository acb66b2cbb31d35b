package org.madoguchi.procedures.domain.model;

/** What was asked of a form does not fit its status, e.g. closing a draft. */
public class FormStateConflict extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What was asked. */
    public enum Action { EDIT, PUBLISH, CLOSE }

    private final FormStatus status;
    private final Action action;

    public FormStateConflict(FormStatus status, Action action) {
        super("cannot " + action + " a form that is " + status);
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
