package org.madoguchi.lending.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Row of table {@code site}; never seen outside this package. */
@Entity
@Table(name = "site")
public class SiteEntity extends PanacheEntityBase {
    @Id
    public String code;
    @Column(name = "name_ja")
    public String nameJa;
    @Column(name = "name_en")
    public String nameEn;
    @Column(name = "managing_department")
    public String managingDepartment;
    @Column(name = "managing_department_ja")
    public String managingDepartmentJa;
}
