package org.madoguchi.applications.adapter.out.persistence;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Row of {@code application_step}: one step of an application's history. */
@Entity
@Table(name = "application_step")
@IdClass(ApplicationStepEntity.Key.class)
public class ApplicationStepEntity extends PanacheEntityBase {

    @Id
    @Column(name = "application_id")
    public UUID applicationId;

    @Id
    public int step;

    public String action;

    @Column(name = "from_status")
    public String fromStatus;

    @Column(name = "to_status", nullable = false)
    public String toStatus;

    @Column(name = "actor_subject")
    public String actorSubject;

    @Column(nullable = false)
    public Instant at;

    public String comment;

    /** The composite key. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        public UUID applicationId;
        public int step;

        public Key() {
        }

        public Key(UUID applicationId, int step) {
            this.applicationId = applicationId;
            this.step = step;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.step == step && Objects.equals(key.applicationId, applicationId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(applicationId, step);
        }
    }
}
