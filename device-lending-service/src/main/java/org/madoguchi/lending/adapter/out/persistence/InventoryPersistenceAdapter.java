package org.madoguchi.lending.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.madoguchi.lending.application.port.out.Inventory;
import org.madoguchi.lending.domain.model.Device;
import org.madoguchi.lending.domain.model.DeviceNumber;
import org.madoguchi.lending.domain.model.DeviceStatus;
import org.madoguchi.lending.domain.model.KitItem;
import org.madoguchi.lending.domain.model.Site;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Sites and devices in PostgreSQL; {@link #lock} takes the device row's lock (select … for update). */
@ApplicationScoped
class InventoryPersistenceAdapter implements Inventory {

    private final EntityManager em;

    InventoryPersistenceAdapter(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Site> sites() {
        return em.createQuery("from SiteRow order by code", SiteRow.class).getResultList().stream()
                .map(InventoryPersistenceAdapter::site).toList();
    }

    @Override
    public Optional<Site> site(String code) {
        return Optional.ofNullable(code).map(c -> em.find(SiteRow.class, c)).map(InventoryPersistenceAdapter::site);
    }

    @Override
    public void save(Site site) {
        SiteRow row = em.find(SiteRow.class, site.code());
        boolean fresh = row == null;
        if (fresh) {
            row = new SiteRow();
            row.code = site.code();
        }
        row.nameJa = site.nameJa();
        row.nameEn = site.nameEn();
        row.managingDepartment = site.managingDepartment();
        row.managingDepartmentJa = site.managingDepartmentJa();
        if (fresh) {
            em.persist(row);
        }
    }

    @Override
    public Optional<Device> device(UUID id) {
        return Optional.ofNullable(em.find(DeviceRow.class, id)).map(InventoryPersistenceAdapter::device);
    }

    @Override
    public Optional<Device> device(DeviceNumber number) {
        return em.createQuery("from DeviceRow where number = :number", DeviceRow.class)
                .setParameter("number", number.value()).getResultStream().findFirst().map(InventoryPersistenceAdapter::device);
    }

    @Override
    public Optional<Device> lock(UUID id) {
        DeviceRow row = em.find(DeviceRow.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (row != null) {
            em.refresh(row);
        }
        return Optional.ofNullable(row).map(InventoryPersistenceAdapter::device);
    }

    @Override
    public List<Device> devicesAt(String siteCode) {
        return em.createQuery("from DeviceRow where siteCode = :site order by number", DeviceRow.class)
                .setParameter("site", siteCode).getResultList().stream().map(InventoryPersistenceAdapter::device).toList();
    }

    @Override
    public List<Device> devices() {
        return em.createQuery("from DeviceRow order by number", DeviceRow.class).getResultList().stream()
                .map(InventoryPersistenceAdapter::device).toList();
    }

    @Override
    public void save(Device device) {
        DeviceRow row = em.find(DeviceRow.class, device.id());
        boolean fresh = row == null;
        if (fresh) {
            row = new DeviceRow();
            row.id = device.id();
        }
        row.number = device.number().value();
        row.siteCode = device.siteCode();
        row.status = device.status().name();
        row.kit = Entities.joined(device.kit());
        if (fresh) {
            em.persist(row);
        }
    }

    static Site site(SiteRow row) {
        return new Site(row.code, row.nameJa, row.nameEn, row.managingDepartment, row.managingDepartmentJa);
    }

    static Device device(DeviceRow row) {
        return new Device(row.id, new DeviceNumber(row.number), row.siteCode, DeviceStatus.valueOf(row.status),
                Entities.split(row.kit, KitItem.class));
    }
}
