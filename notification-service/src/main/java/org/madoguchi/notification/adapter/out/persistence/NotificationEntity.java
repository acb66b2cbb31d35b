package org.madoguchi.notification.adapter.out.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Row of table {@code notification}; written by native insert (once per source), read through this entity. */
@Entity
@Table(name = "notification")
public class NotificationEntity extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(insertable = false, updatable = false)
    public long seq;
    public String recipient;
    public String kind;
    public String language;
    public String title;
    public String body;
    @Column(name = "source_id")
    public String sourceId;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "read_at")
    public Instant readAt;
}
