package org.madoguchi.applications.adapter.out.persistence;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Row of {@code holiday}: a national holiday of the seed list. */
@Entity
@Table(name = "holiday")
public class HolidayEntity extends PanacheEntityBase {

    @Id
    public LocalDate day;

    @Column(nullable = false)
    public String name;

    @Column(name = "name_en", nullable = false)
    public String nameEn;
}
