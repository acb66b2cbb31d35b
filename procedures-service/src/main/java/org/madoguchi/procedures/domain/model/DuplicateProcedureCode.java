package org.madoguchi.procedures.domain.model;

/** Another procedure already has this code. */
public class DuplicateProcedureCode extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ProcedureCode code;

    public DuplicateProcedureCode(ProcedureCode code) {
        super("procedure code " + code + " is taken");
        this.code = code;
    }

    public ProcedureCode code() {
        return code;
    }
}
