package org.madoguchi.notification.adapter.out.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Row of table {@code reminder}; the booking it reminds of is copied into it. */
@Entity
@Table(name = "reminder")
public class ReminderEntity extends PanacheEntityBase {
    @Id
    public UUID id;
    public String kind;
    @Column(name = "reservation_id")
    public String reservationId;
    @Column(name = "device_number")
    public String deviceNumber;
    @Column(name = "site_code")
    public String siteCode;
    public String borrower;
    @Column(name = "starts_at")
    public Instant startsAt;
    @Column(name = "ends_at")
    public Instant endsAt;
    public String purpose;
    @Column(name = "booking_status")
    public String bookingStatus;
    @Column(name = "due_at")
    public Instant dueAt;
    public String status;
}
