package org.madoguchi.lending.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** Row of table device; mapped to the domain by the persistence adapters. */
@Entity
@Table(name = "device")
public class DeviceRow {
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
