package org.madoguchi.notification.adapter.out.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Row of table {@code announcement}; never seen outside this package. */
@Entity
@Table(name = "announcement")
public class AnnouncementEntity extends PanacheEntityBase {
    @Id
    public UUID id;
    public String title;
    @Column(name = "title_en")
    public String titleEn;
    public String body;
    @Column(name = "body_en")
    public String bodyEn;
    public String audience;
    public String department;
    @Column(name = "shown_from")
    public Instant shownFrom;
    @Column(name = "shown_until")
    public Instant shownUntil;
    public String status;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "published_at")
    public Instant publishedAt;
    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;
    @Column(name = "fanned_out_at")
    public Instant fannedOutAt;
}
