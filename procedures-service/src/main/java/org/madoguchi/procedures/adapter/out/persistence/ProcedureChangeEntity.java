package org.madoguchi.procedures.adapter.out.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Row of {@code procedure_change}: one entry of a procedure's history, never updated. */
@Entity
@Table(name = "procedure_change")
public class ProcedureChangeEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "procedure_id", nullable = false)
    public UUID procedureId;

    @Column(nullable = false)
    public String kind;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    @Column(name = "changed_by_subject", nullable = false)
    public String changedBySubject;

    @Column(name = "changed_by_name", nullable = false)
    public String changedByName;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "changed_fields", nullable = false)
    public String[] changedFields;

    public String status;

    @Column(name = "fiscal_year")
    public Integer fiscalYear;

    @Column(name = "status_on")
    public LocalDate statusOn;

    @Column(name = "form_id")
    public UUID formId;

    @Column(name = "revision_reason")
    public String revisionReason;

    @Column(name = "status_note")
    public String statusNote;

    @Column(name = "effective_on")
    public LocalDate effectiveOn;

    @Column(nullable = false)
    public long version;
}
