package org.madoguchi.procedures.adapter.out.persistence;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Row of {@code form}, with the procedures its current version serves ({@code form_procedure}). */
@Entity
@Table(name = "form")
public class FormEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String kind;

    @Column(name = "department_code", nullable = false)
    public String departmentCode;

    @Column(nullable = false)
    public String status;

    @Column(name = "current_version", nullable = false)
    public int currentVersion;

    @Column(nullable = false)
    public String title;

    @Column(name = "opens_at")
    public Instant opensAt;

    @Column(name = "closes_at")
    public Instant closesAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(nullable = false)
    public long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "form_procedure", joinColumns = @JoinColumn(name = "form_id"))
    @Column(name = "procedure_id")
    public Set<UUID> procedureIds = new HashSet<>();
}
