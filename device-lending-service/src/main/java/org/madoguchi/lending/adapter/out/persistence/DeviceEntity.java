package org.madoguchi.lending.adapter.out.persistence;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Row of table {@code device}; never seen outside this package. */
@Entity
@Table(name = "device")
public class DeviceEntity extends PanacheEntityBase {
    @Id
    public UUID id;
    public String number;
    @Column(name = "site_code")
    public String siteCode;
    public String status;
    public String kit;
    @Version
    public long version;
}
