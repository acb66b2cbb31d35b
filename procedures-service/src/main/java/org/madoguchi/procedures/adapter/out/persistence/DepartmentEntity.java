package org.madoguchi.procedures.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Row of {@code department}. */
@Entity
@Table(name = "department")
public class DepartmentEntity extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    public String division;

    @Column(nullable = false)
    public int rank;
}
