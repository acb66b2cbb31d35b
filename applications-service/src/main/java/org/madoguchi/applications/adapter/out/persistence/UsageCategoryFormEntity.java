package org.madoguchi.applications.adapter.out.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Row of {@code usage_category_form}: the category a form is counted under. */
@Entity
@Table(name = "usage_category_form")
public class UsageCategoryFormEntity extends PanacheEntityBase {

    @Id
    @Column(name = "form_id")
    public UUID formId;

    @Column(name = "category_id", nullable = false)
    public UUID categoryId;

    @Column(name = "assigned_at", nullable = false)
    public Instant assignedAt;
}
