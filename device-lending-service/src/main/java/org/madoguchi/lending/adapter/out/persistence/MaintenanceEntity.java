package org.madoguchi.lending.adapter.out.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Row of table {@code maintenance}; never seen outside this package. */
@Entity
@Table(name = "maintenance")
public class MaintenanceEntity extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "device_id")
    public UUID deviceId;
    public String kind;
    @Column(name = "starts_at")
    public Instant startsAt;
    @Column(name = "ends_at")
    public Instant endsAt;
    public String note;
    @Column(name = "logged_by")
    public String loggedBy;
    @Column(name = "logged_at")
    public Instant loggedAt;
}
