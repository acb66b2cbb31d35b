package org.madoguchi.lending.adapter.out.persistence;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.madoguchi.lending.application.port.out.DisasterDeclarations;
import org.madoguchi.lending.domain.model.DisasterDeclaration;
import org.madoguchi.lending.domain.model.DisasterDeclarationId;
import org.madoguchi.lending.domain.model.SiteCode;

/** Disaster mode declarations in PostgreSQL; the sites in scope are one comma-separated column. */
@ApplicationScoped
class DisasterDeclarationPersistenceAdapter implements DisasterDeclarations {

    private final EntityManager em;

    DisasterDeclarationPersistenceAdapter(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(DisasterDeclaration declaration) {
        DisasterDeclarationEntity entity = new DisasterDeclarationEntity();
        entity.id = declaration.id().value();
        copy(declaration, entity);
        em.persist(entity);
    }

    @Override
    public void update(DisasterDeclaration declaration) {
        copy(declaration, em.find(DisasterDeclarationEntity.class, declaration.id().value()));
        Flushes.flush(em);
    }

    @Override
    public Optional<DisasterDeclaration> declaration(DisasterDeclarationId id) {
        return Optional.ofNullable(em.find(DisasterDeclarationEntity.class, id.value()))
                .map(DisasterDeclarationPersistenceAdapter::toDomain);
    }

    @Override
    public List<DisasterDeclaration> inForce() {
        return em.createQuery("from DisasterDeclarationEntity where liftedAt is null order by declaredAt",
                        DisasterDeclarationEntity.class)
                .getResultList().stream().map(DisasterDeclarationPersistenceAdapter::toDomain).toList();
    }

    private static void copy(DisasterDeclaration d, DisasterDeclarationEntity entity) {
        entity.allSites = d.allSites();
        entity.siteCodes = d.siteCodes().stream().map(SiteCode::value).sorted().collect(Collectors.joining(","));
        entity.effectiveFrom = d.effectiveFrom();
        entity.reason = d.reason();
        entity.declaredBy = d.declaredBy();
        entity.declaredAt = d.declaredAt();
        entity.liftedAt = d.liftedAt();
        entity.liftedBy = d.liftedBy();
    }

    private static DisasterDeclaration toDomain(DisasterDeclarationEntity entity) {
        Set<SiteCode> sites = entity.siteCodes == null || entity.siteCodes.isBlank() ? Set.of()
                : Arrays.stream(entity.siteCodes.split(",")).map(SiteCode::new).collect(Collectors.toSet());
        return new DisasterDeclaration(new DisasterDeclarationId(entity.id), sites, entity.effectiveFrom, entity.reason,
                entity.declaredBy, entity.declaredAt, entity.liftedAt, entity.liftedBy);
    }
}
