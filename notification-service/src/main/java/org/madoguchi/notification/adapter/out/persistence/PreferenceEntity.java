package org.madoguchi.notification.adapter.out.persistence;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Row of table {@code preference}; the channels per kind are one JSON column. */
@Entity
@Table(name = "preference")
public class PreferenceEntity extends PanacheEntityBase {
    @Id
    public String subject;
    public String language;
    public String email;
    @Column(name = "messaging_id")
    public String messagingId;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, List<String>> channels;
    @Column(name = "quiet_from")
    public LocalTime quietFrom;
    @Column(name = "quiet_until")
    public LocalTime quietUntil;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
