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

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Row of {@code form_version}: one published version of a form, its fields as JSON. */
@Entity
@Table(name = "form_version")
@IdClass(FormVersionEntity.Key.class)
public class FormVersionEntity extends PanacheEntityBase {

    @Id
    @Column(name = "form_id")
    public UUID formId;

    @Id
    public int version;

    @Column(nullable = false)
    public String kind;

    @Column(name = "department_code", nullable = false)
    public String departmentCode;

    @Column(nullable = false)
    public String title;

    @Column(name = "title_en")
    public String titleEn;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String fields;

    @Column(name = "accepts_anonymous", nullable = false)
    public boolean acceptsAnonymous;

    @Column(name = "opens_at")
    public Instant opensAt;

    @Column(name = "closes_at")
    public Instant closesAt;

    @Column(name = "standard_processing_days")
    public Integer standardProcessingDays;

    @Column(name = "max_file_bytes")
    public Long maxFileBytes;

    @Column(name = "max_files")
    public Integer maxFiles;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    /** The composite key. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        public UUID formId;
        public int version;

        public Key() {
        }

        public Key(UUID formId, int version) {
            this.formId = formId;
            this.version = version;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.version == version && Objects.equals(key.formId, formId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(formId, version);
        }
    }
}
