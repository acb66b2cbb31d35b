package org.madoguchi.lending.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.madoguchi.lending.application.port.out.DisasterDeclarations;
import org.madoguchi.lending.application.port.out.Incidents;
import org.madoguchi.lending.application.port.out.LendingLedger;
import org.madoguchi.lending.domain.model.Borrower;
import org.madoguchi.lending.domain.model.DisasterDeclaration;
import org.madoguchi.lending.domain.model.Incident;
import org.madoguchi.lending.domain.model.KitItem;
import org.madoguchi.lending.domain.model.Lending;
import org.madoguchi.lending.domain.model.NotebookArrangement;
import org.madoguchi.lending.domain.model.Period;
import org.madoguchi.lending.domain.model.UsageRule;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The lending ledger, incidents and disaster declarations in PostgreSQL. */
@ApplicationScoped
class RecordsPersistenceAdapter implements LendingLedger, Incidents, DisasterDeclarations {

    private final EntityManager em;

    RecordsPersistenceAdapter(EntityManager em) {
        this.em = em;
    }

    // ---- ledger

    @Override
    public void add(Lending lending) {
        LendingRow row = new LendingRow();
        row.reservationId = lending.reservationId();
        write(lending, row);
        em.persist(row);
    }

    @Override
    public void update(Lending lending) {
        write(lending, em.find(LendingRow.class, lending.reservationId()));
    }

    @Override
    public Optional<Lending> byReservation(UUID reservationId) {
        return Optional.ofNullable(em.find(LendingRow.class, reservationId)).map(RecordsPersistenceAdapter::lending);
    }

    @Override
    public List<Lending> entries(String siteCode, Period window) {
        String site = siteCode == null ? "" : " and siteCode = :site";
        var query = em.createQuery("from LendingRow where handedOverAt < :end and (returnedAt is null or returnedAt > :start)"
                + site + " order by handedOverAt", LendingRow.class)
                .setParameter("start", window.start()).setParameter("end", window.end());
        if (siteCode != null) {
            query.setParameter("site", siteCode);
        }
        return query.getResultList().stream().map(RecordsPersistenceAdapter::lending).toList();
    }

    private static void write(Lending l, LendingRow row) {
        row.deviceId = l.deviceId();
        row.siteCode = l.siteCode();
        row.borrowerSubject = l.borrower().subject();
        row.borrowerName = l.borrower().name();
        row.borrowerDepartment = l.borrower().department();
        row.handedOverAt = l.handedOverAt();
        row.handedOverBy = l.handedOverBy();
        row.notebookArrangement = l.notebook().arrangement().name();
        row.notebookAssetTag = l.notebook().assetTag();
        row.notebookStorage = l.notebook().storage();
        row.kitHandedOver = Entities.joined(l.kitHandedOver());
        row.disinfected = l.disinfected();
        row.operationChecked = l.operationChecked();
        row.rulesAcknowledged = Entities.joined(l.rulesAcknowledged());
        if (l.returnCheck() != null) {
            row.returnedAt = l.returnCheck().returnedAt();
            row.receivedBy = l.returnCheck().receivedBy();
            row.missingItems = Entities.joined(l.returnCheck().missingItems());
            row.notebookReturned = l.returnCheck().notebookReturned();
            row.notebookConfirmed = l.returnCheck().notebookConfirmedByOwner();
            row.damageNote = l.returnCheck().damageNote();
        }
    }

    static Lending lending(LendingRow row) {
        Lending.ReturnCheck check = row.returnedAt == null ? null : new Lending.ReturnCheck(row.returnedAt, row.receivedBy,
                Entities.split(row.missingItems, KitItem.class), Boolean.TRUE.equals(row.notebookReturned),
                Boolean.TRUE.equals(row.notebookConfirmed), row.damageNote);
        return new Lending(row.reservationId, row.deviceId, row.siteCode,
                new Borrower(row.borrowerSubject, row.borrowerName, row.borrowerDepartment), row.handedOverAt, row.handedOverBy,
                new Lending.Notebook(NotebookArrangement.valueOf(row.notebookArrangement), row.notebookAssetTag, row.notebookStorage),
                Entities.split(row.kitHandedOver, KitItem.class), row.disinfected, row.operationChecked,
                Entities.split(row.rulesAcknowledged, UsageRule.class), check);
    }

    // ---- incidents

    @Override
    public void add(Incident incident) {
        IncidentRow row = new IncidentRow();
        row.id = incident.id();
        write(incident, row);
        em.persist(row);
    }

    @Override
    public void update(Incident incident) {
        write(incident, em.find(IncidentRow.class, incident.id()));
        // a concurrent change of the same incident fails here, as a conflict the caller sees, not at commit
        em.flush();
    }

    @Override
    public Optional<Incident> incident(UUID id) {
        return Optional.ofNullable(em.find(IncidentRow.class, id)).map(RecordsPersistenceAdapter::incident);
    }

    @Override
    public Optional<Incident> openLoss(UUID deviceId) {
        return em.createQuery("from IncidentRow where deviceId = :device and kind = 'LOSS' and closedAt is null order by openedAt desc",
                        IncidentRow.class)
                .setParameter("device", deviceId).getResultStream().findFirst().map(RecordsPersistenceAdapter::incident);
    }

    @Override
    public List<Incident> atSite(String siteCode, boolean openOnly) {
        String where = (siteCode == null ? " where 1 = 1" : " where siteCode = :site") + (openOnly ? " and closedAt is null" : "");
        var query = em.createQuery("from IncidentRow" + where + " order by openedAt", IncidentRow.class);
        if (siteCode != null) {
            query.setParameter("site", siteCode);
        }
        return query.getResultList().stream().map(RecordsPersistenceAdapter::incident).toList();
    }

    private static void write(Incident i, IncidentRow row) {
        row.deviceId = i.deviceId();
        row.siteCode = i.siteCode();
        row.reservationId = i.reservationId();
        row.kind = i.kind().name();
        row.description = i.description();
        row.reporterSubject = i.reporter();
        row.openedAt = i.openedAt();
        row.reportRequired = i.reportRequired();
        row.report = i.report();
        row.reportSubmittedAt = i.reportSubmittedAt();
        row.disabledAt = i.disabledAt();
        row.disabledBy = i.disabledBy();
        row.closedAt = i.closedAt();
        row.closedBy = i.closedBy();
        row.resolution = i.resolution();
    }

    static Incident incident(IncidentRow row) {
        return new Incident(row.id, row.deviceId, row.siteCode, row.reservationId, Incident.Kind.valueOf(row.kind),
                row.description, row.reporterSubject, row.openedAt, row.report, row.reportSubmittedAt, row.disabledAt,
                row.disabledBy, row.closedAt, row.closedBy, row.resolution);
    }

    // ---- disaster mode

    @Override
    public void add(DisasterDeclaration declaration) {
        DisasterRow row = new DisasterRow();
        row.id = declaration.id();
        write(declaration, row);
        em.persist(row);
    }

    @Override
    public void update(DisasterDeclaration declaration) {
        write(declaration, em.find(DisasterRow.class, declaration.id()));
        // a concurrent lift of the same declaration fails here, as a conflict the caller sees
        em.flush();
    }

    @Override
    public Optional<DisasterDeclaration> declaration(UUID id) {
        return Optional.ofNullable(em.find(DisasterRow.class, id)).map(RecordsPersistenceAdapter::declaration);
    }

    @Override
    public List<DisasterDeclaration> inForce() {
        return em.createQuery("from DisasterRow where liftedAt is null order by declaredAt", DisasterRow.class)
                .getResultList().stream().map(RecordsPersistenceAdapter::declaration).toList();
    }

    private static void write(DisasterDeclaration d, DisasterRow row) {
        row.allSites = d.allSites();
        row.siteCodes = d.siteCodes().stream().sorted().collect(Collectors.joining(","));
        row.effectiveFrom = d.effectiveFrom();
        row.reason = d.reason();
        row.declaredBy = d.declaredBy();
        row.declaredAt = d.declaredAt();
        row.liftedAt = d.liftedAt();
        row.liftedBy = d.liftedBy();
    }

    static DisasterDeclaration declaration(DisasterRow row) {
        Set<String> sites = row.siteCodes == null || row.siteCodes.isBlank() ? Set.of()
                : Arrays.stream(row.siteCodes.split(",")).collect(Collectors.toSet());
        return new DisasterDeclaration(row.id, sites, row.effectiveFrom, row.reason, row.declaredBy, row.declaredAt,
                row.liftedAt, row.liftedBy);
    }
}
