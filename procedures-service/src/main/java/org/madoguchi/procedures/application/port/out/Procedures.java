package org.madoguchi.procedures.application.port.out;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.madoguchi.procedures.domain.model.DepartmentCode;
import org.madoguchi.procedures.domain.model.DuplicateProcedureCode;
import org.madoguchi.procedures.domain.model.FiscalYear;
import org.madoguchi.procedures.domain.model.OnlineStatus;
import org.madoguchi.procedures.domain.model.Procedure;
import org.madoguchi.procedures.domain.model.ProcedureChange;
import org.madoguchi.procedures.domain.model.ProcedureCode;
import org.madoguchi.procedures.domain.model.ProcedureId;
import org.madoguchi.procedures.domain.model.StaleVersion;

/** The procedure registry's store: procedures with their append-only history of changes. */
public interface Procedures {

    Optional<Procedure> find(ProcedureId id);

    Optional<Procedure> findByCode(ProcedureCode code);

    /** The procedures with these codes, those that exist. */
    Map<ProcedureCode, Procedure> findByCodes(Collection<ProcedureCode> codes);

    /** The procedures with these ids, those that exist. */
    Map<ProcedureId, Procedure> findAll(Collection<ProcedureId> ids);

    /**
     * Stores a new procedure with the history entry of its registration.
     *
     * @return the procedure as stored, with its version
     * @throws DuplicateProcedureCode when another procedure has its code
     */
    Procedure add(Procedure procedure, ProcedureChange registration);

    /**
     * Stores a change of a procedure and its history entry, if nobody changed it since {@code expectedVersion}.
     *
     * @return the procedure as stored, with its new version
     * @throws StaleVersion when the stored version is another
     */
    Procedure update(Procedure changed, long expectedVersion, ProcedureChange change);

    /** Every change of a procedure, oldest first. */
    List<ProcedureChange> history(ProcedureId id);

    /** Hands every procedure to {@code sink}, by code, reading them in chunks. */
    void forEach(Consumer<Procedure> sink);

    /** The procedures owned by a department. */
    List<ProcedureId> idsOwnedBy(DepartmentCode department);

    /** Every procedure ever planned for the fiscal year, with the statuses it went through, oldest first. */
    List<StatusHistory> plannedFor(FiscalYear fiscalYear);

    /** How many procedures were available online at the end of the given day. */
    long countOnlineOn(LocalDate day);

    /**
     * A procedure with the statuses it went through.
     *
     * @param procedure the procedure now
     * @param statuses  its statuses in the order they were recorded
     */
    record StatusHistory(Procedure procedure, List<OnlineStatus> statuses) {

        public StatusHistory {
            statuses = List.copyOf(statuses);
        }
    }
}
