package org.madoguchi.lending.adapter.out.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Row of table {@code incident}; never seen outside this package. */
@Entity
@Table(name = "incident")
public class IncidentEntity extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "device_id")
    public UUID deviceId;
    @Column(name = "site_code")
    public String siteCode;
    @Column(name = "reservation_id")
    public UUID reservationId;
    public String kind;
    public String description;
    @Column(name = "reporter_subject")
    public String reporterSubject;
    @Column(name = "opened_at")
    public Instant openedAt;
    @Column(name = "report_required")
    public boolean reportRequired;
    public String report;
    @Column(name = "report_submitted_at")
    public Instant reportSubmittedAt;
    @Column(name = "disabled_at")
    public Instant disabledAt;
    @Column(name = "disabled_by")
    public String disabledBy;
    @Column(name = "closed_at")
    public Instant closedAt;
    @Column(name = "closed_by")
    public String closedBy;
    public String resolution;
    @Version
    public long version;
}
