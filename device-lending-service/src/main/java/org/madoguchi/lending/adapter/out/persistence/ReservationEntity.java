package org.madoguchi.lending.adapter.out.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Row of table {@code reservation}; never seen outside this package. */
@Entity
@Table(name = "reservation")
public class ReservationEntity extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "device_id")
    public UUID deviceId;
    @Column(name = "site_code")
    public String siteCode;
    @Column(name = "borrower_subject")
    public String borrowerSubject;
    @Column(name = "borrower_name")
    public String borrowerName;
    @Column(name = "borrower_department")
    public String borrowerDepartment;
    @Column(name = "starts_at")
    public Instant startsAt;
    @Column(name = "ends_at")
    public Instant endsAt;
    public String purpose;
    public String note;
    @Column(name = "disaster_response")
    public boolean disasterResponse;
    public String status;
    @Column(name = "requested_at")
    public Instant requestedAt;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_at")
    public Instant decidedAt;
    @Column(name = "decision_comment")
    public String decisionComment;
    @Column(name = "cancelled_by")
    public String cancelledBy;
    @Column(name = "cancelled_at")
    public Instant cancelledAt;
    @Column(name = "cancellation_reason")
    public String cancellationReason;
    @Version
    public long version;
}
