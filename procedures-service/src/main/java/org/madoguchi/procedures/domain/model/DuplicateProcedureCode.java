package org.madoguchi.procedures.domain.model;

import java.util.List;

import org.madoguchi.platform.failure.DomainFailure;
import org.madoguchi.platform.failure.Violation;

/** Another procedure already has this code. */
public class DuplicateProcedureCode extends DomainFailure {

    private static final long serialVersionUID = 1L;

    private static final String CODE = "duplicate-procedure-code";

    private final ProcedureCode code;

    public DuplicateProcedureCode(ProcedureCode code) {
        super(Kind.CONFLICT, CODE, List.of(code.value()), List.of(Violation.of("code", CODE, code.value())));
        this.code = code;
    }

    /** The procedure code that is taken (not the problem code, which {@link #code()} gives). */
    public ProcedureCode procedureCode() {
        return code;
    }
}
