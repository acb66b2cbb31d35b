package org.madoguchi.lending.adapter.out.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.madoguchi.lending.application.port.out.LendingLedger;
import org.madoguchi.lending.domain.model.Borrower;
import org.madoguchi.lending.domain.model.DeviceId;
import org.madoguchi.lending.domain.model.KitItem;
import org.madoguchi.lending.domain.model.Lending;
import org.madoguchi.lending.domain.model.NotebookArrangement;
import org.madoguchi.lending.domain.model.Period;
import org.madoguchi.lending.domain.model.ReservationId;
import org.madoguchi.lending.domain.model.SiteCode;
import org.madoguchi.lending.domain.model.UsageRule;

/** The lending ledger (貸出台帳) in PostgreSQL: one row per hand-over, completed at return. */
@ApplicationScoped
class LendingLedgerPersistenceAdapter implements LendingLedger {

    private final EntityManager em;

    LendingLedgerPersistenceAdapter(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(Lending lending) {
        LendingEntity entity = new LendingEntity();
        entity.reservationId = lending.reservationId().value();
        copy(lending, entity);
        em.persist(entity);
    }

    @Override
    public void update(Lending lending) {
        copy(lending, em.find(LendingEntity.class, lending.reservationId().value()));
    }

    @Override
    public Optional<Lending> byReservation(ReservationId reservationId) {
        return Optional.ofNullable(em.find(LendingEntity.class, reservationId.value()))
                .map(LendingLedgerPersistenceAdapter::toDomain);
    }

    @Override
    public List<Lending> entries(SiteCode siteCode, Period window) {
        String site = siteCode == null ? "" : " and siteCode = :site";
        var query = em.createQuery("from LendingEntity where handedOverAt < :end and (returnedAt is null or returnedAt > :start)"
                        + site + " order by handedOverAt", LendingEntity.class)
                .setParameter("start", window.start()).setParameter("end", window.end());
        if (siteCode != null) {
            query.setParameter("site", siteCode.value());
        }
        return query.getResultList().stream().map(LendingLedgerPersistenceAdapter::toDomain).toList();
    }

    private static void copy(Lending l, LendingEntity entity) {
        entity.deviceId = l.deviceId().value();
        entity.siteCode = l.siteCode().value();
        entity.borrowerSubject = l.borrower().subject();
        entity.borrowerName = l.borrower().name();
        entity.borrowerDepartment = l.borrower().department();
        entity.handedOverAt = l.handedOverAt();
        entity.handedOverBy = l.handedOverBy();
        entity.notebookArrangement = l.notebook().arrangement().name();
        entity.notebookAssetTag = l.notebook().assetTag();
        entity.notebookStorage = l.notebook().storage();
        entity.kitHandedOver = EnumSetColumns.write(l.kitHandedOver());
        entity.disinfected = l.disinfected();
        entity.operationChecked = l.operationChecked();
        entity.rulesAcknowledged = EnumSetColumns.write(l.rulesAcknowledged());
        if (l.returnCheck() != null) {
            entity.returnedAt = l.returnCheck().returnedAt();
            entity.receivedBy = l.returnCheck().receivedBy();
            entity.missingItems = EnumSetColumns.write(l.returnCheck().missingItems());
            entity.notebookReturned = l.returnCheck().notebookReturned();
            entity.notebookConfirmed = l.returnCheck().notebookConfirmedByOwner();
            entity.damageNote = l.returnCheck().damageNote();
        }
    }

    private static Lending toDomain(LendingEntity entity) {
        Lending.ReturnCheck check = entity.returnedAt == null ? null : new Lending.ReturnCheck(entity.returnedAt,
                entity.receivedBy, EnumSetColumns.read(entity.missingItems, KitItem.class),
                Boolean.TRUE.equals(entity.notebookReturned), Boolean.TRUE.equals(entity.notebookConfirmed),
                entity.damageNote);
        return new Lending(new ReservationId(entity.reservationId), new DeviceId(entity.deviceId),
                new SiteCode(entity.siteCode),
                new Borrower(entity.borrowerSubject, entity.borrowerName, entity.borrowerDepartment),
                entity.handedOverAt, entity.handedOverBy,
                new Lending.Notebook(NotebookArrangement.valueOf(entity.notebookArrangement), entity.notebookAssetTag,
                        entity.notebookStorage),
                EnumSetColumns.read(entity.kitHandedOver, KitItem.class), entity.disinfected, entity.operationChecked,
                EnumSetColumns.read(entity.rulesAcknowledged, UsageRule.class), check);
    }
}
