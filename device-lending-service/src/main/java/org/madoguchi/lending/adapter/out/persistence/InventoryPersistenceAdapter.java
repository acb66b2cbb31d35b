package org.madoguchi.lending.adapter.out.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.madoguchi.lending.application.port.out.Inventory;
import org.madoguchi.lending.domain.model.Device;
import org.madoguchi.lending.domain.model.DeviceId;
import org.madoguchi.lending.domain.model.DeviceNumber;
import org.madoguchi.lending.domain.model.DeviceStatus;
import org.madoguchi.lending.domain.model.KitItem;
import org.madoguchi.lending.domain.model.Site;
import org.madoguchi.lending.domain.model.SiteCode;

/** Sites and devices in PostgreSQL; {@link #lock} takes the device row's lock (select … for update). */
@ApplicationScoped
class InventoryPersistenceAdapter implements Inventory {

    private final EntityManager em;

    InventoryPersistenceAdapter(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Site> sites() {
        return em.createQuery("from SiteEntity order by code", SiteEntity.class).getResultList().stream()
                .map(InventoryPersistenceAdapter::toDomain).toList();
    }

    @Override
    public Optional<Site> site(SiteCode code) {
        return Optional.ofNullable(code).map(c -> em.find(SiteEntity.class, c.value()))
                .map(InventoryPersistenceAdapter::toDomain);
    }

    @Override
    public void save(Site site) {
        SiteEntity entity = em.find(SiteEntity.class, site.code().value());
        boolean fresh = entity == null;
        if (fresh) {
            entity = new SiteEntity();
            entity.code = site.code().value();
        }
        copy(site, entity);
        if (fresh) {
            em.persist(entity);
        }
    }

    @Override
    public Optional<Device> device(DeviceId id) {
        return Optional.ofNullable(em.find(DeviceEntity.class, id.value())).map(InventoryPersistenceAdapter::toDomain);
    }

    @Override
    public Optional<Device> device(DeviceNumber number) {
        return em.createQuery("from DeviceEntity where number = :number", DeviceEntity.class)
                .setParameter("number", number.value()).getResultStream().findFirst()
                .map(InventoryPersistenceAdapter::toDomain);
    }

    /**
     * Locks the row and reads it as it stands. The lock is taken by a refresh, not by a find with a lock mode:
     * for a device this transaction read before, a find would check the version it read and fail if another
     * transaction changed the device meanwhile, where the lock is meant to wait for that change and see it.
     */
    @Override
    public Optional<Device> lock(DeviceId id) {
        DeviceEntity entity = em.find(DeviceEntity.class, id.value());
        if (entity == null) {
            return Optional.empty();
        }
        em.refresh(entity, LockModeType.PESSIMISTIC_WRITE);
        return Optional.of(toDomain(entity));
    }

    @Override
    public List<Device> devicesAt(SiteCode siteCode) {
        return em.createQuery("from DeviceEntity where siteCode = :site order by number", DeviceEntity.class)
                .setParameter("site", siteCode.value()).getResultList().stream()
                .map(InventoryPersistenceAdapter::toDomain).toList();
    }

    @Override
    public List<Device> devices() {
        return em.createQuery("from DeviceEntity order by number", DeviceEntity.class).getResultList().stream()
                .map(InventoryPersistenceAdapter::toDomain).toList();
    }

    @Override
    public void save(Device device) {
        DeviceEntity entity = em.find(DeviceEntity.class, device.id().value());
        boolean fresh = entity == null;
        if (fresh) {
            entity = new DeviceEntity();
            entity.id = device.id().value();
        }
        copy(device, entity);
        if (fresh) {
            em.persist(entity);
        }
    }

    private static void copy(Site site, SiteEntity entity) {
        entity.nameJa = site.nameJa();
        entity.nameEn = site.nameEn();
        entity.managingDepartment = site.managingDepartment();
        entity.managingDepartmentJa = site.managingDepartmentJa();
    }

    private static void copy(Device device, DeviceEntity entity) {
        entity.number = device.number().value();
        entity.siteCode = device.siteCode().value();
        entity.status = device.status().name();
        entity.kit = EnumSetColumns.write(device.kit());
    }

    private static Site toDomain(SiteEntity entity) {
        return new Site(new SiteCode(entity.code), entity.nameJa, entity.nameEn, entity.managingDepartment,
                entity.managingDepartmentJa);
    }

    private static Device toDomain(DeviceEntity entity) {
        return new Device(new DeviceId(entity.id), new DeviceNumber(entity.number), new SiteCode(entity.siteCode),
                DeviceStatus.valueOf(entity.status), EnumSetColumns.read(entity.kit, KitItem.class));
    }
}
