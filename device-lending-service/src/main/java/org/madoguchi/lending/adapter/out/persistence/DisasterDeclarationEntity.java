package org.madoguchi.lending.adapter.out.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Row of table {@code disaster_declaration}; never seen outside this package. */
@Entity
@Table(name = "disaster_declaration")
public class DisasterDeclarationEntity extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "all_sites")
    public boolean allSites;
    @Column(name = "site_codes")
    public String siteCodes;
    @Column(name = "effective_from")
    public Instant effectiveFrom;
    public String reason;
    @Column(name = "declared_by")
    public String declaredBy;
    @Column(name = "declared_at")
    public Instant declaredAt;
    @Column(name = "lifted_at")
    public Instant liftedAt;
    @Column(name = "lifted_by")
    public String liftedBy;
    @Version
    public long version;
}
