package org.madoguchi.procedures.adapter.out.persistence;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Row of {@code form_version}: what one version of a form said, as JSON. */
@Entity
@Table(name = "form_version")
@IdClass(FormVersionEntity.Key.class)
public class FormVersionEntity extends PanacheEntityBase {

    @Id
    @Column(name = "form_id")
    public UUID formId;

    @Id
    public int number;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String content;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by_subject", nullable = false)
    public String createdBySubject;

    @Column(name = "created_by_name", nullable = false)
    public String createdByName;

    /** The composite key. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        public UUID formId;
        public int number;

        public Key() {
        }

        public Key(UUID formId, int number) {
            this.formId = formId;
            this.number = number;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(formId, key.formId) && number == key.number;
        }

        @Override
        public int hashCode() {
            return Objects.hash(formId, number);
        }
    }
}
