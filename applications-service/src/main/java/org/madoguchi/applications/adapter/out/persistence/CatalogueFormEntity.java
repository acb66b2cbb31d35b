package org.madoguchi.applications.adapter.out.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Row of {@code catalogue_form}: the version of a form citizens answer now, and whether it is closed. */
@Entity
@Table(name = "catalogue_form")
public class CatalogueFormEntity extends PanacheEntityBase {

    @Id
    @Column(name = "form_id")
    public UUID formId;

    @Column(name = "current_version", nullable = false)
    public int currentVersion;

    @Column(nullable = false)
    public boolean closed;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
