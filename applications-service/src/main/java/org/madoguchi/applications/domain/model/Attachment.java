package org.madoguchi.applications.domain.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * 添付ファイル: a file uploaded for an attachment field of a form. It belongs to the person who uploaded it until a
 * submission names it in its answers and claims it; from then on it belongs to that application, and only the
 * applicant and staff of the owning department read it. An upload nobody claims is deleted after a while.
 *
 * @param id          the upload's random id, which the answers name
 * @param form        the form it was uploaded for
 * @param field       the key of the attachment field it was uploaded for
 * @param uploader    the account subject of the person who uploaded it; empty for an anonymous visitor
 * @param fileName    the name the file had on the uploader's device, without any folder
 * @param type        what the content is, detected from its bytes
 * @param size        its size in bytes
 * @param sha256      the SHA-256 digest of its content, in lower-case hexadecimal
 * @param uploadedAt  when it was uploaded
 * @param application the application that claimed it; empty while it is an upload nobody claimed
 */
public record Attachment(AttachmentId id, FormId form, String field, Optional<String> uploader, String fileName,
        AttachmentType type, long size, String sha256, Instant uploadedAt, Optional<ApplicationId> application) {

    public Attachment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(uploader, "uploader");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(uploadedAt, "uploadedAt");
        Objects.requireNonNull(application, "application");
        if (size < 0) {
            throw new IllegalArgumentException("a size is not negative");
        }
        uploader = uploader.filter(subject -> !subject.isEmpty());
    }

    /** A new upload by {@code actor}, claimed by no application yet. */
    public static Attachment uploaded(AttachmentId id, Form form, FormField field, Actor actor, String fileName,
            AttachmentType type, long size, String sha256, Instant at) {
        return new Attachment(id, form.id(), field.key(), actor.isAnonymous() ? Optional.empty()
                : Optional.of(actor.subject()), fileName, type, size, sha256, at, Optional.empty());
    }

    /** Whether {@code actor} uploaded it: the same citizen, or an anonymous visitor for an anonymous upload. */
    public boolean isUploadedBy(Actor actor) {
        return actor.isAnonymous() ? uploader.isEmpty() : uploader.map(actor.subject()::equals).orElse(false);
    }

    /** Whether it was uploaded for that field of that form. */
    public boolean isFor(FormId someForm, String someField) {
        return form.equals(someForm) && field.equals(someField);
    }

    /** Whether an application claimed it. */
    public boolean isClaimed() {
        return application.isPresent();
    }

    /** The same file, claimed by {@code by}. */
    public Attachment claimedBy(ApplicationId by) {
        return new Attachment(id, form, field, uploader, fileName, type, size, sha256, uploadedAt, Optional.of(by));
    }
}
