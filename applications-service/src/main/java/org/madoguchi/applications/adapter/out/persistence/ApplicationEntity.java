package org.madoguchi.applications.adapter.out.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Row of {@code application}; its answers as JSON (personal data: never logged). */
@Entity
@Table(name = "application")
public class ApplicationEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "fiscal_year", nullable = false)
    public int fiscalYear;

    @Column(name = "receipt_sequence", nullable = false)
    public long receiptSequence;

    @Column(name = "receipt_number", nullable = false)
    public String receiptNumber;

    @Column(name = "form_id", nullable = false)
    public UUID formId;

    @Column(name = "form_version", nullable = false)
    public int formVersion;

    @Column(name = "department_code", nullable = false)
    public String departmentCode;

    @Column(name = "form_title", nullable = false)
    public String formTitle;

    @Column(name = "form_title_en")
    public String formTitleEn;

    @Column(name = "applicant_subject")
    public String applicantSubject;

    @Column(name = "lookup_code_digest")
    public byte[] lookupCodeDigest;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String answers;

    @Column(nullable = false)
    public String status;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(nullable = false)
    public long version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
