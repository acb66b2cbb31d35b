package org.madoguchi.procedures.domain.model;

/** A department code that the registry does not know. */
public class UnknownDepartment extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    public UnknownDepartment(String code) {
        super("unknown department " + code);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
