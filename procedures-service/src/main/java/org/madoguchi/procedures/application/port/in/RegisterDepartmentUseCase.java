package org.madoguchi.procedures.application.port.in;

import org.madoguchi.procedures.domain.model.Department;

/** Adds a department (課・室) to the registry or corrects one; only procedure administrators may. */
public interface RegisterDepartmentUseCase {

    /** Adds or replaces the department with the command's code; renaming re-indexes its procedures. */
    Department register(RegisterDepartmentCommand command);
}
