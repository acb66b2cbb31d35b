package org.madoguchi.procedures.domain.model;

/** A procedure or form that does not exist. */
public class NotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What was looked for. */
    public enum What { PROCEDURE, FORM, FORM_VERSION, DEPARTMENT, PUBLISHED_FIGURES }

    private final What what;
    private final String key;

    public NotFound(What what, String key) {
        super(what + " " + key + " not found");
        this.what = what;
        this.key = key;
    }

    public What what() {
        return what;
    }

    public String key() {
        return key;
    }
}
