package org.madoguchi.procedures.application.port.out;

import org.madoguchi.procedures.domain.model.Department;
import org.madoguchi.procedures.domain.model.DepartmentCode;
import org.madoguchi.procedures.domain.model.ProcedureId;

/** The in-memory fake of {@link Forms} keeps the contract the PostgreSQL adapter keeps. */
class InMemoryFormsTest extends FormsContract {

    private final InMemoryForms forms = new InMemoryForms();

    @Override
    protected Forms forms() {
        return forms;
    }

    @Override
    protected void departmentExists(Department department) {
        // the fake keeps no departments: any code is known to it
    }

    @Override
    protected void procedureExists(ProcedureId id, DepartmentCode department) {
        // the fake keeps no procedures: a form may serve any id
    }
}
