package org.madoguchi.procedures.application.port.in;

import java.util.List;
import java.util.Objects;

import org.madoguchi.procedures.domain.model.Department;
import org.madoguchi.procedures.domain.model.Form;
import org.madoguchi.procedures.domain.model.Procedure;
import org.madoguchi.procedures.domain.model.ProcedureChange;
import org.madoguchi.procedures.domain.model.ProcedureId;

/** Reads procedures: the public sees those available online, staff see all, with their history. */
public interface ProcedureQueries {

    /** One procedure with its department and forms; {@code NotFound} when the viewer may not see it. */
    ProcedureView get(ProcedureId id, Viewer viewer);

    /** Every change of the procedure, oldest first: who, when, what (staff only). */
    List<ProcedureChange> history(ProcedureId id);

    /**
     * A procedure as readers see it.
     *
     * @param procedure  the procedure
     * @param department its department
     * @param forms      the forms that serve it, those the viewer may see
     */
    record ProcedureView(Procedure procedure, Department department, List<Form> forms) {

        public ProcedureView {
            Objects.requireNonNull(procedure, "procedure");
            Objects.requireNonNull(department, "department");
            forms = List.copyOf(forms);
        }
    }
}
