package org.madoguchi.applications.application.port.out;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.madoguchi.applications.domain.model.Form;
import org.madoguchi.applications.domain.model.FormId;

/** {@link FormCatalogue} in memory, held to {@link FormCatalogueContract} like the PostgreSQL adapter. */
public final class InMemoryFormCatalogue implements FormCatalogue {

    /** Which version of a form citizens answer, whether it is closed, and when that was last set. */
    private record State(int version, boolean closed, Instant updatedAt) {
    }

    private final Map<FormId, Map<Integer, Form>> versions = new HashMap<>();
    private final Map<FormId, State> states = new HashMap<>();

    @Override
    public synchronized void publish(Form version, Instant at) {
        versions.computeIfAbsent(version.id(), id -> new HashMap<>()).putIfAbsent(version.version(), open(version));
        State state = states.get(version.id());
        if (state == null || !at.isBefore(state.updatedAt())) {
            states.put(version.id(), new State(version.version(), false, at));
        }
    }

    @Override
    public synchronized void close(FormId form, Instant at) {
        State state = states.get(form);
        if (state != null && !at.isBefore(state.updatedAt())) {
            states.put(form, new State(state.version(), true, at));
        }
    }

    @Override
    public synchronized Optional<Form> current(FormId form) {
        State state = states.get(form);
        if (state == null) {
            return Optional.empty();
        }
        Form current = versions.get(form).get(state.version());
        return Optional.of(state.closed() ? current.close() : current);
    }

    @Override
    public synchronized Optional<Form> version(FormId form, int version) {
        return Optional.ofNullable(versions.getOrDefault(form, Map.of()).get(version));
    }

    @Override
    public synchronized long count() {
        return states.size();
    }

    private static Form open(Form form) {
        return new Form(form.id(), form.version(), form.kind(), form.department(), form.title(), form.titleEn(),
                form.fields(), form.acceptsAnonymous(), form.opensAt(), form.closesAt(), form.standardProcessingDays(),
                form.attachmentLimits(), false);
    }
}
