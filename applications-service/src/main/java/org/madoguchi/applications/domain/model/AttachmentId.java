package org.madoguchi.applications.domain.model;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The id of an uploaded file (添付ファイル). It is random and unguessable: for an anonymous visitor it is the only
 * proof that the upload is theirs.
 */
public record AttachmentId(UUID value) {

    public AttachmentId {
        Objects.requireNonNull(value, "value");
    }

    public static AttachmentId random() {
        return new AttachmentId(UUID.randomUUID());
    }

    /** The id an answer names, if it is one: answers are text, and anything may have been typed into them. */
    public static Optional<AttachmentId> parse(String text) {
        if (text == null || text.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(new AttachmentId(UUID.fromString(text)));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
