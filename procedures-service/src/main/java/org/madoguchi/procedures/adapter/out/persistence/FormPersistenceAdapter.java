package org.madoguchi.procedures.adapter.out.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;

import org.madoguchi.procedures.application.port.out.Forms;
import org.madoguchi.procedures.domain.model.Author;
import org.madoguchi.procedures.domain.model.DepartmentCode;
import org.madoguchi.procedures.domain.model.Form;
import org.madoguchi.procedures.domain.model.FormContent;
import org.madoguchi.procedures.domain.model.FormId;
import org.madoguchi.procedures.domain.model.FormKind;
import org.madoguchi.procedures.domain.model.FormStatus;
import org.madoguchi.procedures.domain.model.NotFound;
import org.madoguchi.procedures.domain.model.ProcedureId;
import org.madoguchi.procedures.domain.model.StaleVersion;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Forms and their versions in PostgreSQL; like procedures, writes are flushed and detached at once. */
@ApplicationScoped
class FormPersistenceAdapter implements Forms {

    private final EntityManager em;
    private final ObjectMapper json;

    FormPersistenceAdapter(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    @Override
    public Optional<Form> find(FormId id) {
        FormEntity entity = em.find(FormEntity.class, id.value());
        return Optional.ofNullable(entity).map(this::toDomainDetached);
    }

    @Override
    public Optional<FormVersion> version(FormId id, int number) {
        FormVersionEntity row = em.find(FormVersionEntity.class, new FormVersionEntity.Key(id.value(), number));
        if (row == null) {
            return Optional.empty();
        }
        FormVersion version = new FormVersion(id, number, read(row.content), row.createdAt,
                new Author(row.createdBySubject, row.createdByName));
        em.detach(row);
        return Optional.of(version);
    }

    @Override
    public Form add(Form form, Author by, Instant at) {
        FormEntity entity = new FormEntity();
        entity.id = form.id().value();
        entity.createdAt = at;
        entity.version = 0;
        copy(form, entity, at);
        em.persist(entity);
        em.flush();
        addVersion(form, by, at);
        em.detach(entity);
        return withVersion(form, 0);
    }

    @Override
    public Form update(Form changed, long expectedVersion, Author by, Instant at) {
        FormEntity entity = em.find(FormEntity.class, changed.id().value(), LockModeType.PESSIMISTIC_WRITE);
        if (entity == null) {
            throw new NotFound(NotFound.What.FORM, changed.id().toString());
        }
        StaleVersion.requireSame(expectedVersion, entity.version);
        FormStatus before = FormStatus.valueOf(entity.status);
        int versionBefore = entity.currentVersion;
        entity.version = expectedVersion + 1;
        if (before != changed.status()) {
            if (changed.status() == FormStatus.PUBLISHED) {
                entity.publishedAt = at;
                entity.closedAt = null;
            } else if (changed.status() == FormStatus.CLOSED) {
                entity.closedAt = at;
            }
        }
        copy(changed, entity, at);
        em.flush();
        if (changed.currentVersion() > versionBefore) {
            addVersion(changed, by, at);
        } else {
            FormVersionEntity row = em.find(FormVersionEntity.class,
                    new FormVersionEntity.Key(changed.id().value(), changed.currentVersion()));
            String content = write(changed.content());
            if (!read(row.content).equals(changed.content())) {
                row.content = content;
                row.createdAt = at;
                row.createdBySubject = by.subject();
                row.createdByName = by.username();
                em.flush();
            }
            em.detach(row);
        }
        em.detach(entity);
        return withVersion(changed, entity.version);
    }

    @Override
    public Page<Form> list(FormFilter filter, int page, int size) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.department() != null) {
            where.append(" and f.departmentCode = :department");
            parameters.put("department", filter.department().value());
        }
        if (filter.kind() != null) {
            where.append(" and f.kind = :kind");
            parameters.put("kind", filter.kind().name());
        }
        if (filter.status() != null) {
            where.append(" and f.status = :status");
            parameters.put("status", filter.status().name());
        }
        if (filter.openAt() != null) {
            where.append(" and (f.opensAt is null or f.opensAt <= :now) and (f.closesAt is null or f.closesAt > :now)");
            parameters.put("now", filter.openAt());
        }
        TypedQuery<Long> count = em.createQuery("select count(f) from FormEntity f" + where, Long.class);
        TypedQuery<FormEntity> items = em.createQuery(
                "select f from FormEntity f" + where + " order by f.createdAt desc, f.id", FormEntity.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            items.setParameter(name, value);
        });
        List<Form> forms = items.setFirstResult(Math.toIntExact((long) page * size)).setMaxResults(size).getResultList().stream()
                .map(this::toDomainDetached).toList();
        return new Page<>(forms, count.getSingleResult());
    }

    @Override
    public Map<ProcedureId, List<Form>> servingProcedures(Collection<ProcedureId> procedures) {
        Map<ProcedureId, List<Form>> serving = new LinkedHashMap<>();
        if (procedures.isEmpty()) {
            return serving;
        }
        Set<UUID> wanted = new HashSet<>();
        procedures.forEach(p -> wanted.add(p.value()));
        List<UUID> ids = new ArrayList<>(wanted);
        for (int from = 0; from < ids.size(); from += 500) {
            List<FormEntity> entities = em.createQuery(
                    "select distinct f from FormEntity f join f.procedureIds p where p in :ids order by f.createdAt",
                    FormEntity.class).setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 500)))
                    .getResultList();
            for (FormEntity entity : entities) {
                Set<UUID> linked = new HashSet<>(entity.procedureIds);
                Form form = toDomainDetached(entity);
                for (UUID procedure : linked) {
                    if (wanted.contains(procedure)) {
                        List<Form> list = serving.computeIfAbsent(new ProcedureId(procedure), k -> new ArrayList<>());
                        if (list.stream().noneMatch(f -> f.id().equals(form.id()))) {
                            list.add(form);
                        }
                    }
                }
            }
        }
        return serving;
    }

    private void addVersion(Form form, Author by, Instant at) {
        FormVersionEntity row = new FormVersionEntity();
        row.formId = form.id().value();
        row.number = form.currentVersion();
        row.content = write(form.content());
        row.createdAt = at;
        row.createdBySubject = by.subject();
        row.createdByName = by.username();
        em.persist(row);
        em.flush();
        em.detach(row);
    }

    private static void copy(Form form, FormEntity entity, Instant at) {
        entity.kind = form.kind().name();
        entity.departmentCode = form.department().value();
        entity.status = form.status().name();
        entity.currentVersion = form.currentVersion();
        entity.title = form.content().title();
        entity.opensAt = form.content().opensAt();
        entity.closesAt = form.content().closesAt();
        entity.updatedAt = at;
        Set<UUID> procedures = new HashSet<>();
        form.content().procedures().forEach(p -> procedures.add(p.value()));
        entity.procedureIds.retainAll(procedures);
        entity.procedureIds.addAll(procedures);
    }

    private Form toDomainDetached(FormEntity entity) {
        FormVersionEntity row = em.find(FormVersionEntity.class,
                new FormVersionEntity.Key(entity.id, entity.currentVersion));
        Form form = new Form(new FormId(entity.id), FormKind.valueOf(entity.kind),
                new DepartmentCode(entity.departmentCode), FormStatus.valueOf(entity.status), entity.currentVersion,
                read(row.content), entity.version);
        em.detach(row);
        em.detach(entity);
        return form;
    }

    private static Form withVersion(Form form, long version) {
        return new Form(form.id(), form.kind(), form.department(), form.status(), form.currentVersion(),
                form.content(), version);
    }

    private String write(FormContent content) {
        try {
            return json.writeValueAsString(StoredFormContent.of(content));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store form content", e);
        }
    }

    private FormContent read(String content) {
        try {
            return json.readValue(content, StoredFormContent.class).toDomain();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read stored form content", e);
        }
    }
}
