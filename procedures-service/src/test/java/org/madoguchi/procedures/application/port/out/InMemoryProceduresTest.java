package org.madoguchi.procedures.application.port.out;

import org.madoguchi.procedures.domain.model.Department;

/** The in-memory fake of {@link Procedures} keeps the contract the PostgreSQL adapter keeps. */
class InMemoryProceduresTest extends ProceduresContract {

    private final InMemoryProcedures procedures = new InMemoryProcedures();

    @Override
    protected Procedures procedures() {
        return procedures;
    }

    @Override
    protected void departmentExists(Department department) {
        // the fake keeps no departments: any code is known to it
    }
}
