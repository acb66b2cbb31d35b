package org.madoguchi.procedures.application.port.in;

import java.util.List;
import java.util.Objects;

import org.madoguchi.procedures.domain.model.Department;
import org.madoguchi.procedures.domain.model.Form;
import org.madoguchi.procedures.domain.model.Procedure;
import org.madoguchi.procedures.domain.model.ProcedureChange;
import org.madoguchi.procedures.domain.model.ProcedureId;
import org.madoguchi.procedures.domain.model.StatusKind;
import org.madoguchi.procedures.domain.model.Viewer;

/** Reads and searches procedures: the public sees those available online, staff see all, with their history. */
public interface ProcedureQueries {

    /** One procedure with its department and forms; {@code NotFound} when the viewer may not see it. */
    ProcedureView get(ProcedureId id, Viewer viewer);

    /** Every change of the procedure, oldest first: who, when, what (staff only). */
    List<ProcedureChange> history(ProcedureId id);

    /** Runs the search as the viewer may: the public only finds procedures available online. */
    SearchResults search(SearchProceduresQuery query, Viewer viewer);

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

    /**
     * A page of search results, best first.
     *
     * @param total how many procedures match in all
     * @param hits  this page's matches
     */
    record SearchResults(long total, List<Hit> hits) {

        public SearchResults {
            hits = List.copyOf(hits);
        }

        /**
         * One match.
         *
         * @param procedureId      the procedure's id
         * @param code             its code
         * @param name             its name
         * @param kana             its reading
         * @param category         its category
         * @param departmentCode   its department's code
         * @param departmentName   its department's name
         * @param departmentNameEn its department's English name
         * @param status           its status
         * @param score            how well it matches (higher is better; 0 without query text)
         */
        public record Hit(String procedureId, String code, String name, String kana, String category,
                String departmentCode, String departmentName, String departmentNameEn, StatusKind status,
                float score) {
        }
    }
}
