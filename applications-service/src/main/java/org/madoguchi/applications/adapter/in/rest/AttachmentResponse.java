package org.madoguchi.applications.adapter.in.rest;

import java.time.Instant;
import java.util.UUID;

import org.madoguchi.applications.domain.model.Attachment;

/**
 * An uploaded or attached file as its uploader, the applicant and staff see it.
 *
 * @param id          the upload id, which the answers of the attachment field name
 * @param field       the attachment field it was uploaded for
 * @param fileName    its name as uploaded
 * @param contentType its type as detected from its content: {@code application/pdf}, {@code image/jpeg},
 *                    {@code image/png}
 * @param size        its size in bytes
 * @param sha256      the SHA-256 digest of its content, lower-case hexadecimal
 * @param uploadedAt  when it was uploaded
 */
public record AttachmentResponse(UUID id, String field, String fileName, String contentType, long size, String sha256,
        Instant uploadedAt) {

    static AttachmentResponse of(Attachment attachment) {
        return new AttachmentResponse(attachment.id().value(), attachment.field(), attachment.fileName(),
                attachment.type().mediaType(), attachment.size(), attachment.sha256(), attachment.uploadedAt());
    }
}
