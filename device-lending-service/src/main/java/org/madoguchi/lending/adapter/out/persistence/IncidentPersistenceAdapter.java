package org.madoguchi.lending.adapter.out.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.madoguchi.lending.application.port.out.Incidents;
import org.madoguchi.lending.domain.model.DeviceId;
import org.madoguchi.lending.domain.model.Incident;
import org.madoguchi.lending.domain.model.IncidentId;
import org.madoguchi.lending.domain.model.ReservationId;
import org.madoguchi.lending.domain.model.SiteCode;

/** Incidents in PostgreSQL. */
@ApplicationScoped
class IncidentPersistenceAdapter implements Incidents {

    private final EntityManager em;

    IncidentPersistenceAdapter(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(Incident incident) {
        IncidentEntity entity = new IncidentEntity();
        entity.id = incident.id().value();
        copy(incident, entity);
        em.persist(entity);
    }

    @Override
    public void update(Incident incident) {
        copy(incident, em.find(IncidentEntity.class, incident.id().value()));
        Flushes.flush(em);
    }

    @Override
    public Optional<Incident> incident(IncidentId id) {
        return Optional.ofNullable(em.find(IncidentEntity.class, id.value())).map(IncidentPersistenceAdapter::toDomain);
    }

    @Override
    public Optional<Incident> openLoss(DeviceId deviceId) {
        return em.createQuery("""
                        from IncidentEntity where deviceId = :device and kind = 'LOSS' and closedAt is null
                        order by openedAt desc""", IncidentEntity.class)
                .setParameter("device", deviceId.value()).getResultStream().findFirst()
                .map(IncidentPersistenceAdapter::toDomain);
    }

    @Override
    public List<Incident> atSite(SiteCode siteCode, boolean openOnly) {
        String where = (siteCode == null ? " where 1 = 1" : " where siteCode = :site") + (openOnly ? " and closedAt is null" : "");
        var query = em.createQuery("from IncidentEntity" + where + " order by openedAt", IncidentEntity.class);
        if (siteCode != null) {
            query.setParameter("site", siteCode.value());
        }
        return query.getResultList().stream().map(IncidentPersistenceAdapter::toDomain).toList();
    }

    @Override
    public List<Incident> naming(String subject, boolean openOnly) {
        return em.createQuery("from IncidentEntity where reporterSubject = :subject"
                        + (openOnly ? " and closedAt is null" : "") + " order by openedAt", IncidentEntity.class)
                .setParameter("subject", subject)
                .getResultList().stream().map(IncidentPersistenceAdapter::toDomain).toList();
    }

    private static void copy(Incident i, IncidentEntity entity) {
        entity.deviceId = i.deviceId().value();
        entity.siteCode = i.siteCode().value();
        entity.reservationId = i.reservationId() == null ? null : i.reservationId().value();
        entity.kind = i.kind().name();
        entity.description = i.description();
        entity.reporterSubject = i.reporter();
        entity.openedAt = i.openedAt();
        entity.reportRequired = i.reportRequired();
        entity.report = i.report();
        entity.reportSubmittedAt = i.reportSubmittedAt();
        entity.disabledAt = i.disabledAt();
        entity.disabledBy = i.disabledBy();
        entity.closedAt = i.closedAt();
        entity.closedBy = i.closedBy();
        entity.resolution = i.resolution();
    }

    private static Incident toDomain(IncidentEntity entity) {
        return new Incident(new IncidentId(entity.id), new DeviceId(entity.deviceId), new SiteCode(entity.siteCode),
                entity.reservationId == null ? null : new ReservationId(entity.reservationId),
                Incident.Kind.valueOf(entity.kind), entity.description, entity.reporterSubject, entity.openedAt,
                entity.report, entity.reportSubmittedAt, entity.disabledAt, entity.disabledBy, entity.closedAt,
                entity.closedBy, entity.resolution);
    }
}
