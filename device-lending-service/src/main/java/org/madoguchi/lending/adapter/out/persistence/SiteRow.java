package org.madoguchi.lending.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** Row of table site; mapped to the domain by the persistence adapters. */
@Entity
@Table(name = "site")
public class SiteRow {
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
