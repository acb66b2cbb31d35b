package org.madoguchi.procedures.application.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.madoguchi.procedures.application.port.in.ProcedureQueries.SearchResults;
import org.madoguchi.procedures.application.port.in.SearchProceduresQuery;
import org.madoguchi.procedures.application.port.out.Departments;
import org.madoguchi.procedures.application.port.out.FormEvents;
import org.madoguchi.procedures.application.port.out.Forms;
import org.madoguchi.procedures.application.port.out.ProcedureEvents;
import org.madoguchi.procedures.application.port.out.ProcedureSearchIndex;
import org.madoguchi.procedures.application.port.out.ProcedureSearchIndex.SearchDocument;
import org.madoguchi.procedures.application.port.out.Procedures;
import org.madoguchi.procedures.domain.event.FormEvent;
import org.madoguchi.procedures.domain.event.ProcedureEvent;
import org.madoguchi.procedures.domain.model.Author;
import org.madoguchi.procedures.domain.model.Department;
import org.madoguchi.procedures.domain.model.DepartmentCode;
import org.madoguchi.procedures.domain.model.DuplicateProcedureCode;
import org.madoguchi.procedures.domain.model.FiscalYear;
import org.madoguchi.procedures.domain.model.Form;
import org.madoguchi.procedures.domain.model.FormId;
import org.madoguchi.procedures.domain.model.OnlineStatus;
import org.madoguchi.procedures.domain.model.Procedure;
import org.madoguchi.procedures.domain.model.ProcedureChange;
import org.madoguchi.procedures.domain.model.ProcedureCode;
import org.madoguchi.procedures.domain.model.ProcedureId;
import org.madoguchi.procedures.domain.model.StaleVersion;

/** In-memory fakes of the out-ports, wired to the use-case services the way CDI wires them. */
final class InMemoryRegistry {

    final Clock clock = Clock.fixed(Instant.parse("2023-03-31T03:00:00Z"), ZoneId.of("Asia/Tokyo"));
    final DepartmentStore departments = new DepartmentStore();
    final ProcedureStore procedures = new ProcedureStore();
    final FormStore forms = new FormStore();
    final List<ProcedureEvent> procedureEvents = new ArrayList<>();
    final List<FormEvent> formEvents = new ArrayList<>();
    final Map<String, SearchDocument> indexed = new LinkedHashMap<>();

    final SearchDocuments documents;
    final ProcedureHistory history;
    final ServedProcedures servedProcedures;

    InMemoryRegistry() {
        ProcedureSearchIndex index = new ProcedureSearchIndex() {
            @Override
            public void put(Collection<ProcedureId> changed,
                    java.util.function.Function<Collection<ProcedureId>, Collection<SearchDocument>> committedState) {
                refresh(() -> committedState.apply(changed));
            }

            @Override
            public void refresh(java.util.function.Supplier<Collection<SearchDocument>> currentState) {
                currentState.get().forEach(d -> indexed.put(d.procedureId(), d));
            }

            @Override
            public Rebuild startRebuild() {
                throw new UnsupportedOperationException("not used by these tests");
            }

            @Override
            public SearchResults search(SearchProceduresQuery query) {
                throw new UnsupportedOperationException("not used by these tests");
            }

            @Override
            public boolean ready() {
                return true;
            }
        };
        ProcedureEvents procedureSink = procedureEvents::add;
        FormEvents formSink = formEvents::add;
        documents = new SearchDocuments(departments, forms, procedures, index);
        history = new ProcedureHistory(procedures, procedureSink, documents, clock);
        servedProcedures = new ServedProcedures(procedures, documents);
        for (String[] d : new String[][] { { "somu", "総務課" }, { "kenko-kosodate", "健康・子育て推進課" },
                { "shiminzei", "市民税課" } }) {
            departments.save(new Department(new DepartmentCode(d[0]), d[1], d[0] + " division", null, 10));
        }
    }

    FormEvents formEventSink() {
        return formEvents::add;
    }

    static final class DepartmentStore implements Departments {
        private final Map<DepartmentCode, Department> byCode = new LinkedHashMap<>();

        @Override
        public Optional<Department> find(DepartmentCode code) {
            return Optional.ofNullable(byCode.get(code));
        }

        @Override
        public Optional<Department> findByName(String name) {
            return byCode.values().stream().filter(d -> d.name().equals(name)).findFirst();
        }

        @Override
        public List<Department> all() {
            return List.copyOf(byCode.values());
        }

        @Override
        public void save(Department department) {
            byCode.put(department.code(), department);
        }
    }

    static final class ProcedureStore implements Procedures {
        final Map<ProcedureId, Procedure> byId = new LinkedHashMap<>();
        final List<ProcedureChange> changes = new ArrayList<>();

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
            byId.put(procedure.id(), procedure);
            changes.add(registration);
            return procedure;
        }

        @Override
        public Procedure update(Procedure changed, long expectedVersion, ProcedureChange change) {
            StaleVersion.requireSame(expectedVersion, byId.get(changed.id()).version());
            Procedure stored = new Procedure(changed.id(), changed.code(), changed.details(), changed.status(),
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
            byId.values().stream().sorted(Comparator.comparing(p -> p.code().value())).forEach(sink);
        }

        @Override
        public List<ProcedureId> idsOwnedBy(DepartmentCode department) {
            return byId.values().stream().filter(p -> p.department().equals(department)).map(Procedure::id).toList();
        }

        @Override
        public List<StatusHistory> plannedFor(FiscalYear fiscalYear) {
            List<StatusHistory> histories = new ArrayList<>();
            for (Procedure procedure : byId.values()) {
                List<OnlineStatus> statuses = history(procedure.id()).stream().map(ProcedureChange::status)
                        .filter(s -> s != null).toList();
                if (statuses.stream().anyMatch(s -> s.equals(new OnlineStatus.Planned(fiscalYear)))) {
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

    static final class FormStore implements Forms {
        final Map<FormId, Form> byId = new LinkedHashMap<>();
        final List<FormVersion> versions = new ArrayList<>();

        @Override
        public Optional<Form> find(FormId id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public Optional<FormVersion> version(FormId id, int number) {
            return versions.stream().filter(v -> v.form().equals(id) && v.number() == number).findFirst();
        }

        @Override
        public Form add(Form form, Author by, Instant at) {
            byId.put(form.id(), form);
            versions.add(new FormVersion(form.id(), form.currentVersion(), form.content(), at, by));
            return form;
        }

        @Override
        public Form update(Form changed, long expectedVersion, Author by, Instant at) {
            Form before = byId.get(changed.id());
            StaleVersion.requireSame(expectedVersion, before.version());
            Form stored = new Form(changed.id(), changed.kind(), changed.department(), changed.status(),
                    changed.currentVersion(), changed.content(), expectedVersion + 1);
            byId.put(stored.id(), stored);
            versions.removeIf(v -> v.form().equals(stored.id()) && v.number() == stored.currentVersion());
            versions.add(new FormVersion(stored.id(), stored.currentVersion(), stored.content(), at, by));
            return stored;
        }

        @Override
        public Page<Form> list(FormFilter filter, int page, int size) {
            return new Page<>(List.copyOf(byId.values()), byId.size());
        }

        @Override
        public Map<ProcedureId, List<Form>> servingProcedures(Collection<ProcedureId> procedures) {
            Map<ProcedureId, List<Form>> serving = new LinkedHashMap<>();
            for (Form form : byId.values()) {
                for (ProcedureId id : form.content().procedures()) {
                    if (procedures.contains(id)) {
                        serving.computeIfAbsent(id, k -> new ArrayList<>()).add(form);
                    }
                }
            }
            return serving;
        }
    }
}
