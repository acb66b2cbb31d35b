package org.madoguchi.procedures.domain.model;

import org.madoguchi.platform.failure.DomainFailure;

/** A procedure, form, department or printed figure that does not exist, or that the reader may not see. */
public class NotFound extends DomainFailure {

    private static final long serialVersionUID = 1L;

    /** What was looked for, with the problem code of not finding it. */
    public enum What {
        PROCEDURE("procedure-not-found"),
        FORM("form-not-found"),
        FORM_VERSION("form-version-not-found"),
        DEPARTMENT("department-not-found"),
        PUBLISHED_FIGURES("published-figures-not-found");

        private final String code;

        What(String code) {
            this.code = code;
        }
    }

    private final What what;
    private final String key;

    public NotFound(What what, String key) {
        super(Kind.NOT_FOUND, what.code, key);
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
