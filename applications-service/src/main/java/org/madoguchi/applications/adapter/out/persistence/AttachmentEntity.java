package org.madoguchi.applications.adapter.out.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Row of table {@code attachment}; never seen outside this package. */
@Entity
@Table(name = "attachment")
public class AttachmentEntity extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "form_id")
    public UUID formId;
    @Column(name = "field_key")
    public String fieldKey;
    @Column(name = "uploader_subject")
    public String uploaderSubject;
    @Column(name = "file_name")
    public String fileName;
    public String type;
    @Column(name = "size_bytes")
    public long sizeBytes;
    public String sha256;
    @Column(name = "uploaded_at")
    public Instant uploadedAt;
    @Column(name = "application_id")
    public UUID applicationId;
    @Column(name = "claimed_at")
    public Instant claimedAt;
}
