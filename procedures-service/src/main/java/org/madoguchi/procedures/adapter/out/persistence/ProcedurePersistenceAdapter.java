package org.madoguchi.procedures.adapter.out.persistence;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;

import org.hibernate.exception.ConstraintViolationException;
import org.madoguchi.procedures.application.port.out.Procedures;
import org.madoguchi.procedures.domain.model.Author;
import org.madoguchi.procedures.domain.model.ChangeKind;
import org.madoguchi.procedures.domain.model.DepartmentCode;
import org.madoguchi.procedures.domain.model.DuplicateProcedureCode;
import org.madoguchi.procedures.domain.model.FiscalYear;
import org.madoguchi.procedures.domain.model.NotFound;
import org.madoguchi.procedures.domain.model.OnlineStatus;
import org.madoguchi.procedures.domain.model.Procedure;
import org.madoguchi.procedures.domain.model.ProcedureChange;
import org.madoguchi.procedures.domain.model.ProcedureCode;
import org.madoguchi.procedures.domain.model.ProcedureDetails;
import org.madoguchi.procedures.domain.model.ProcedureId;
import org.madoguchi.procedures.domain.model.SealReview;
import org.madoguchi.procedures.domain.model.StaleVersion;

/**
 * Procedures in PostgreSQL. Every write is flushed at once and its entities detached, so that the
 * persistence context stays small during a large import and each change gets its own version; a
 * change takes the row lock before it checks the version.
 */
@ApplicationScoped
class ProcedurePersistenceAdapter implements Procedures {

    private static final int CHUNK = 500;

    private final EntityManager em;

    ProcedurePersistenceAdapter(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Procedure> find(ProcedureId id) {
        ProcedureEntity entity = em.find(ProcedureEntity.class, id.value());
        return Optional.ofNullable(entity).map(this::toDomainDetached);
    }

    @Override
    public Optional<Procedure> findByCode(ProcedureCode code) {
        return em.createQuery("from ProcedureEntity where code = :code", ProcedureEntity.class)
                .setParameter("code", code.value()).getResultStream().findFirst().map(this::toDomainDetached);
    }

    @Override
    public Map<ProcedureCode, Procedure> findByCodes(Collection<ProcedureCode> codes) {
        Map<ProcedureCode, Procedure> found = new HashMap<>();
        List<String> values = codes.stream().map(ProcedureCode::value).distinct().toList();
        for (int from = 0; from < values.size(); from += CHUNK) {
            em.createQuery("from ProcedureEntity where code in :codes", ProcedureEntity.class)
                    .setParameter("codes", values.subList(from, Math.min(values.size(), from + CHUNK)))
                    .getResultList().forEach(e -> {
                        Procedure procedure = toDomainDetached(e);
                        found.put(procedure.code(), procedure);
                    });
        }
        return found;
    }

    @Override
    public Map<ProcedureId, Procedure> findAll(Collection<ProcedureId> ids) {
        Map<ProcedureId, Procedure> found = new LinkedHashMap<>();
        List<UUID> values = ids.stream().map(ProcedureId::value).distinct().toList();
        for (int from = 0; from < values.size(); from += CHUNK) {
            em.createQuery("from ProcedureEntity where id in :ids order by code", ProcedureEntity.class)
                    .setParameter("ids", values.subList(from, Math.min(values.size(), from + CHUNK)))
                    .getResultList().forEach(e -> {
                        Procedure procedure = toDomainDetached(e);
                        found.put(procedure.id(), procedure);
                    });
        }
        return found;
    }

    @Override
    public Procedure add(Procedure procedure, ProcedureChange registration) {
        ProcedureEntity entity = new ProcedureEntity();
        entity.id = procedure.id().value();
        entity.code = procedure.code().value();
        entity.version = 0;
        copy(procedure, entity, registration.at());
        try {
            em.persist(entity);
            em.flush();
        } catch (PersistenceException failed) {
            if (violated(failed, "procedure_code_key")) {
                throw new DuplicateProcedureCode(procedure.code());
            }
            throw failed;
        }
        record(registration);
        em.detach(entity);
        return new Procedure(procedure.id(), procedure.code(), procedure.details(), procedure.status(), 0);
    }

    @Override
    public Procedure update(Procedure changed, long expectedVersion, ProcedureChange change) {
        ProcedureEntity entity = em.find(ProcedureEntity.class, changed.id().value(), LockModeType.PESSIMISTIC_WRITE);
        if (entity == null) {
            throw new NotFound(NotFound.What.PROCEDURE, changed.id().toString());
        }
        StaleVersion.requireSame(expectedVersion, entity.version);
        entity.version = expectedVersion + 1;
        copy(changed, entity, change.at());
        em.flush();
        record(change);
        em.detach(entity);
        return new Procedure(changed.id(), changed.code(), changed.details(), changed.status(), entity.version);
    }

    private void record(ProcedureChange change) {
        ProcedureChangeEntity row = new ProcedureChangeEntity();
        row.procedureId = change.procedure().value();
        row.kind = change.kind().name();
        row.changedAt = change.at();
        row.changedBySubject = change.by().subject();
        row.changedByName = change.by().username();
        row.changedFields = change.changedFields().toArray(String[]::new);
        if (change.status() != null) {
            StatusColumns status = StatusColumns.of(change.status());
            row.status = status.status();
            row.fiscalYear = status.fiscalYear();
            row.statusOn = status.on();
            row.formId = status.formId();
            row.revisionReason = status.revisionReason();
            row.statusNote = status.note();
        }
        row.effectiveOn = change.effectiveOn();
        row.version = change.version();
        em.persist(row);
        em.flush();
        em.detach(row);
    }

    @Override
    public List<ProcedureChange> history(ProcedureId id) {
        List<ProcedureChangeEntity> rows = em.createQuery(
                "from ProcedureChangeEntity where procedureId = :id order by id", ProcedureChangeEntity.class)
                .setParameter("id", id.value()).getResultList();
        List<ProcedureChange> history = new ArrayList<>(rows.size());
        for (ProcedureChangeEntity row : rows) {
            OnlineStatus status = row.status == null ? null : new StatusColumns(row.status, row.fiscalYear,
                    row.statusOn, row.formId, row.revisionReason, row.statusNote).toStatus();
            history.add(new ProcedureChange(id, ChangeKind.valueOf(row.kind), row.changedAt,
                    new Author(row.changedBySubject, row.changedByName), Arrays.asList(row.changedFields), status,
                    row.effectiveOn, row.version));
            em.detach(row);
        }
        return history;
    }

    @Override
    public void forEach(Consumer<Procedure> sink) {
        String after = "";
        while (true) {
            List<ProcedureEntity> chunk = em.createQuery("from ProcedureEntity where code > :after order by code",
                    ProcedureEntity.class).setParameter("after", after).setMaxResults(CHUNK).getResultList();
            if (chunk.isEmpty()) {
                return;
            }
            for (ProcedureEntity entity : chunk) {
                sink.accept(toDomainDetached(entity));
                after = entity.code;
            }
        }
    }

    @Override
    public List<ProcedureId> idsOwnedBy(DepartmentCode department) {
        return em.createQuery("select id from ProcedureEntity where departmentCode = :department order by code",
                UUID.class).setParameter("department", department.value()).getResultList().stream()
                .map(ProcedureId::new).toList();
    }

    @Override
    public List<StatusHistory> plannedFor(FiscalYear fiscalYear) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select c.procedure_id, c.status, c.fiscal_year, c.status_on, c.form_id, c.revision_reason, c.status_note
                from procedure_change c
                where c.status is not null
                  and c.procedure_id in (select p.procedure_id from procedure_change p
                                         where p.status = 'PLANNED' and p.fiscal_year = :year)
                order by c.procedure_id, c.id""").setParameter("year", fiscalYear.startYear()).getResultList();
        Map<ProcedureId, List<OnlineStatus>> statuses = new LinkedHashMap<>();
        for (Object[] row : rows) {
            ProcedureId id = new ProcedureId((UUID) row[0]);
            statuses.computeIfAbsent(id, k -> new ArrayList<>()).add(new StatusColumns((String) row[1],
                    (Integer) row[2], localDate(row[3]), (UUID) row[4], (String) row[5], (String) row[6]).toStatus());
        }
        Map<ProcedureId, Procedure> procedures = findAll(statuses.keySet());
        List<StatusHistory> histories = new ArrayList<>(statuses.size());
        statuses.forEach((id, list) -> histories.add(new StatusHistory(procedures.get(id), list)));
        return histories;
    }

    @Override
    public long countOnlineOn(LocalDate day) {
        Number count = (Number) em.createNativeQuery("""
                select count(*) from (
                    select distinct on (procedure_id) status
                    from procedure_change
                    where status is not null and effective_on <= :day
                    order by procedure_id, id desc
                ) latest
                where latest.status = 'COMPLETED'""").setParameter("day", day).getSingleResult();
        return count.longValue();
    }

    private static LocalDate localDate(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate date ? date : ((Date) value).toLocalDate();
    }

    private static void copy(Procedure procedure, ProcedureEntity entity, Instant at) {
        ProcedureDetails details = procedure.details();
        entity.name = details.name();
        entity.kana = details.kana();
        entity.departmentCode = details.department().value();
        entity.category = details.category();
        entity.description = details.description();
        entity.legalBasis = details.legalBasis();
        SealReview review = details.sealReview();
        entity.sealRequired = review == null ? null : review.sealRequired();
        entity.paperRequired = review == null ? null : review.paperRequired();
        entity.inPersonRequired = review == null ? null : review.inPersonRequired();
        entity.sealReviewOutcome = review == null || review.outcome() == null ? null : review.outcome().name();
        entity.sealReviewKeptReason = review == null ? null : review.keptReason();
        StatusColumns status = StatusColumns.of(procedure.status());
        entity.status = status.status();
        entity.fiscalYear = status.fiscalYear();
        entity.statusOn = status.on();
        entity.formId = status.formId();
        entity.revisionReason = status.revisionReason();
        entity.statusNote = status.note();
        entity.updatedAt = at;
    }

    private Procedure toDomainDetached(ProcedureEntity entity) {
        Procedure procedure = toDomain(entity);
        em.detach(entity);
        return procedure;
    }

    static Procedure toDomain(ProcedureEntity entity) {
        SealReview review = entity.sealRequired == null && entity.sealReviewOutcome == null ? null
                : new SealReview(Boolean.TRUE.equals(entity.sealRequired), Boolean.TRUE.equals(entity.paperRequired),
                        Boolean.TRUE.equals(entity.inPersonRequired),
                        entity.sealReviewOutcome == null ? null : SealReview.Outcome.valueOf(entity.sealReviewOutcome),
                        entity.sealReviewKeptReason);
        ProcedureDetails details = new ProcedureDetails(entity.name, entity.kana,
                new DepartmentCode(entity.departmentCode), entity.category, entity.description, entity.legalBasis,
                review);
        OnlineStatus status = new StatusColumns(entity.status, entity.fiscalYear, entity.statusOn, entity.formId,
                entity.revisionReason, entity.statusNote).toStatus();
        return new Procedure(new ProcedureId(entity.id), new ProcedureCode(entity.code), details, status,
                entity.version);
    }

    /** Whether the failure is the violation of the named constraint. */
    static boolean violated(Throwable failure, String constraint) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation
                    && constraint.equals(violation.getConstraintName())) {
                return true;
            }
        }
        return false;
    }
}
