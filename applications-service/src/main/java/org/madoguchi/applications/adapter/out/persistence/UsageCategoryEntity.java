package org.madoguchi.applications.adapter.out.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Row of {@code usage_category}. */
@Entity
@Table(name = "usage_category")
public class UsageCategoryEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(name = "name_key", nullable = false)
    public String nameKey;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
