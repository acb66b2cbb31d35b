package org.madoguchi.lending.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Row of table {@code department}; never seen outside this package. */
@Entity
@Table(name = "department")
public class DepartmentEntity extends PanacheEntityBase {
    @Id
    public String code;
    public String name;
    @Column(name = "name_en")
    public String nameEn;
}
