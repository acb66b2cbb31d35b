package org.madoguchi.procedures.adapter.out.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * Row of {@code procedure}. The version is kept by hand (checked under a row lock) so that a
 * registration and the status changes of one import each get their own version.
 */
@Entity
@Table(name = "procedure")
public class ProcedureEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String kana;

    @Column(name = "department_code", nullable = false)
    public String departmentCode;

    @Column(nullable = false)
    public String category;

    @Column(nullable = false)
    public String description;

    @Column(name = "legal_basis")
    public String legalBasis;

    @Column(name = "seal_required")
    public Boolean sealRequired;

    @Column(name = "paper_required")
    public Boolean paperRequired;

    @Column(name = "in_person_required")
    public Boolean inPersonRequired;

    @Column(name = "seal_review_outcome")
    public String sealReviewOutcome;

    @Column(name = "seal_review_kept_reason")
    public String sealReviewKeptReason;

    @Column(nullable = false)
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

    @Column(nullable = false)
    public long version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
