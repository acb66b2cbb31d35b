package org.madoguchi.lending.adapter.out.persistence;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.madoguchi.lending.application.port.out.MaintenanceLog;
import org.madoguchi.lending.domain.model.DeviceId;
import org.madoguchi.lending.domain.model.MaintenanceWindow;
import org.madoguchi.lending.domain.model.MaintenanceWindowId;
import org.madoguchi.lending.domain.model.Period;

/** The maintenance log in PostgreSQL; bookings read it too, as part of a device's agenda. */
@ApplicationScoped
class MaintenanceLogPersistenceAdapter implements MaintenanceLog {

    private final EntityManager em;

    MaintenanceLogPersistenceAdapter(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(MaintenanceWindow entry) {
        MaintenanceEntity entity = new MaintenanceEntity();
        entity.id = entry.id().value();
        copy(entry, entity);
        em.persist(entity);
    }

    @Override
    public List<MaintenanceWindow> ofDevice(DeviceId deviceId) {
        return em.createQuery("from MaintenanceEntity where deviceId = :device order by startsAt", MaintenanceEntity.class)
                .setParameter("device", deviceId.value()).getResultList().stream()
                .map(MaintenanceLogPersistenceAdapter::toDomain).toList();
    }

    private static void copy(MaintenanceWindow entry, MaintenanceEntity entity) {
        entity.deviceId = entry.deviceId().value();
        entity.kind = entry.kind().name();
        entity.startsAt = entry.period().start();
        entity.endsAt = entry.period().end();
        entity.note = entry.note();
        entity.loggedBy = entry.loggedBy();
        entity.loggedAt = entry.loggedAt();
    }

    static MaintenanceWindow toDomain(MaintenanceEntity entity) {
        return new MaintenanceWindow(new MaintenanceWindowId(entity.id), new DeviceId(entity.deviceId),
                MaintenanceWindow.Kind.valueOf(entity.kind), new Period(entity.startsAt, entity.endsAt), entity.note,
                entity.loggedBy, entity.loggedAt);
    }
}
