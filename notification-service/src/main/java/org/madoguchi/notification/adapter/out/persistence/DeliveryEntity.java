package org.madoguchi.notification.adapter.out.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Row of table {@code delivery}; never seen outside this package. */
@Entity
@Table(name = "delivery")
public class DeliveryEntity extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "notification_id")
    public UUID notificationId;
    public String channel;
    public String status;
    public int attempts;
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;
    @Column(name = "last_error")
    public String lastError;
    @Column(name = "sent_at")
    public Instant sentAt;
    public String address;
    @Column(name = "suppressed_because")
    public String suppressedBecause;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
