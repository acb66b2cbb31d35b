package org.madoguchi.procedures.application.port.out;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.madoguchi.procedures.domain.model.Author;
import org.madoguchi.procedures.domain.model.Form;
import org.madoguchi.procedures.domain.model.FormId;
import org.madoguchi.procedures.domain.model.NotFound;
import org.madoguchi.procedures.domain.model.ProcedureId;
import org.madoguchi.procedures.domain.model.StaleVersion;

/** {@link Forms} in memory, held to {@link FormsContract} like the PostgreSQL adapter. */
public final class InMemoryForms implements Forms {

    private final Map<FormId, Form> byId = new LinkedHashMap<>();
    private final Map<FormId, Instant> createdAt = new HashMap<>();
    private final Map<FormId, Map<Integer, FormVersion>> versions = new HashMap<>();

    @Override
    public Optional<Form> find(FormId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<FormVersion> version(FormId id, int number) {
        return Optional.ofNullable(versions.getOrDefault(id, Map.of()).get(number));
    }

    @Override
    public Form add(Form form, Author by, Instant at) {
        Form stored = withVersion(form, 0);
        byId.put(form.id(), stored);
        createdAt.put(form.id(), at);
        versions.computeIfAbsent(form.id(), k -> new HashMap<>()).put(form.currentVersion(),
                new FormVersion(form.id(), form.currentVersion(), form.content(), at, by));
        return stored;
    }

    @Override
    public Form update(Form changed, long expectedVersion, Author by, Instant at) {
        Form before = byId.get(changed.id());
        if (before == null) {
            throw new NotFound(NotFound.What.FORM, changed.id().toString());
        }
        StaleVersion.requireSame(expectedVersion, before.version());
        Form stored = withVersion(changed, expectedVersion + 1);
        byId.put(stored.id(), stored);
        Map<Integer, FormVersion> ofForm = versions.get(stored.id());
        FormVersion current = ofForm.get(stored.currentVersion());
        if (current == null || !current.content().equals(stored.content())) {
            ofForm.put(stored.currentVersion(),
                    new FormVersion(stored.id(), stored.currentVersion(), stored.content(), at, by));
        }
        return stored;
    }

    @Override
    public Page<Form> list(FormFilter filter, int page, int size) {
        List<Form> matching = byId.values().stream()
                .filter(f -> filter.department() == null || f.department().equals(filter.department()))
                .filter(f -> filter.kind() == null || f.kind() == filter.kind())
                .filter(f -> filter.status() == null || f.status() == filter.status())
                .filter(f -> filter.openAt() == null || f.content().periodIncludes(filter.openAt()))
                .sorted(Comparator.comparing((Form f) -> createdAt.get(f.id())).reversed()
                        .thenComparing(f -> f.id().toString()))
                .toList();
        int from = (int) Math.min(matching.size(), (long) page * size);
        return new Page<>(matching.subList(from, Math.min(matching.size(), from + size)), matching.size());
    }

    @Override
    public Map<ProcedureId, List<Form>> servingProcedures(Collection<ProcedureId> procedures) {
        Map<ProcedureId, List<Form>> serving = new LinkedHashMap<>();
        byId.values().stream().sorted(Comparator.comparing(f -> createdAt.get(f.id()))).forEach(form -> {
            for (ProcedureId id : form.content().procedures()) {
                if (procedures.contains(id)) {
                    serving.computeIfAbsent(id, k -> new ArrayList<>()).add(form);
                }
            }
        });
        return serving;
    }

    private static Form withVersion(Form form, long version) {
        return new Form(form.id(), form.kind(), form.department(), form.status(), form.currentVersion(),
                form.content(), version);
    }
}
