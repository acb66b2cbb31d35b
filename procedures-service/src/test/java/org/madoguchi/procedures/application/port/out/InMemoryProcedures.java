package org.madoguchi.procedures.application.port.out;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.madoguchi.procedures.domain.model.DepartmentCode;
import org.madoguchi.procedures.domain.model.DuplicateProcedureCode;
import org.madoguchi.procedures.domain.model.FiscalYear;
import org.madoguchi.procedures.domain.model.NotFound;
import org.madoguchi.procedures.domain.model.OnlineStatus;
import org.madoguchi.procedures.domain.model.Procedure;
import org.madoguchi.procedures.domain.model.ProcedureChange;
import org.madoguchi.procedures.domain.model.ProcedureCode;
import org.madoguchi.procedures.domain.model.ProcedureId;
import org.madoguchi.procedures.domain.model.StaleVersion;

/** {@link Procedures} in memory, held to {@link ProceduresContract} like the PostgreSQL adapter. */
public final class InMemoryProcedures implements Procedures {

    private static final Comparator<Procedure> BY_CODE = Comparator.comparing(p -> p.code().value());

    private final Map<ProcedureId, Procedure> byId = new LinkedHashMap<>();
    private final List<ProcedureChange> changes = new ArrayList<>();

    /** Every procedure stored, by code. */
    public List<Procedure> stored() {
        return byId.values().stream().sorted(BY_CODE).toList();
    }

    @Override
    public Optional<Procedure> find(ProcedureId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<Procedure> findByCode(ProcedureCode code) {
        return byId.values().stream().filter(p -> p.code().equals(code)).findFirst();
    }

    @Override
    public Map<ProcedureCode, Procedure> findByCodes(Collection<ProcedureCode> codes) {
        Map<ProcedureCode, Procedure> found = new LinkedHashMap<>();
        codes.forEach(c -> findByCode(c).ifPresent(p -> found.put(c, p)));
        return found;
    }

    @Override
    public Map<ProcedureId, Procedure> findAll(Collection<ProcedureId> ids) {
        Map<ProcedureId, Procedure> found = new LinkedHashMap<>();
        ids.forEach(id -> find(id).ifPresent(p -> found.put(id, p)));
        return found;
    }

    @Override
    public Procedure add(Procedure procedure, ProcedureChange registration) {
        if (findByCode(procedure.code()).isPresent()) {
            throw new DuplicateProcedureCode(procedure.code());
        }
        Procedure stored = new Procedure(procedure.id(), procedure.code(), procedure.details(), procedure.status(), 0);
        byId.put(stored.id(), stored);
        changes.add(registration);
        return stored;
    }

    @Override
    public Procedure update(Procedure changed, long expectedVersion, ProcedureChange change) {
        Procedure before = byId.get(changed.id());
        if (before == null) {
            throw new NotFound(NotFound.What.PROCEDURE, changed.id().toString());
        }
        StaleVersion.requireSame(expectedVersion, before.version());
        Procedure stored = new Procedure(changed.id(), before.code(), changed.details(), changed.status(),
                expectedVersion + 1);
        byId.put(stored.id(), stored);
        changes.add(change);
        return stored;
    }

    @Override
    public List<ProcedureChange> history(ProcedureId id) {
        return changes.stream().filter(c -> c.procedure().equals(id)).toList();
    }

    @Override
    public void forEach(Consumer<Procedure> sink) {
        stored().forEach(sink);
    }

    @Override
    public List<ProcedureId> idsOwnedBy(DepartmentCode department) {
        return stored().stream().filter(p -> p.department().equals(department)).map(Procedure::id).toList();
    }

    @Override
    public List<StatusHistory> plannedFor(FiscalYear fiscalYear) {
        List<StatusHistory> histories = new ArrayList<>();
        for (Procedure procedure : byId.values()) {
            List<OnlineStatus> statuses = history(procedure.id()).stream().map(ProcedureChange::status)
                    .filter(Objects::nonNull).toList();
            if (statuses.contains(new OnlineStatus.Planned(fiscalYear))) {
                histories.add(new StatusHistory(procedure, statuses));
            }
        }
        return histories;
    }

    @Override
    public long countOnlineOn(LocalDate day) {
        return byId.keySet().stream().filter(id -> {
            List<ProcedureChange> effective = history(id).stream()
                    .filter(c -> c.status() != null && !c.effectiveOn().isAfter(day)).toList();
            return !effective.isEmpty() && effective.get(effective.size() - 1).status().isOnline();
        }).count();
    }
}
