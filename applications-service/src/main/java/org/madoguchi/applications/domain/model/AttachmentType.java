package org.madoguchi.applications.domain.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of file an application may attach, as their content shows them (never as their name claims): PDF for
 * documents, JPEG and PNG for photographs and scans.
 */
public enum AttachmentType {
    PDF("application/pdf"),
    JPEG("image/jpeg"),
    PNG("image/png");

    private final String mediaType;

    AttachmentType(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The media type a download is served with, e.g. {@code image/png}. */
    public String mediaType() {
        return mediaType;
    }

    /** The accepted type of a detected media type (parameters ignored); empty for every other type. */
    public static Optional<AttachmentType> ofMediaType(String detected) {
        if (detected == null) {
            return Optional.empty();
        }
        int parameters = detected.indexOf(';');
        String bare = (parameters < 0 ? detected : detected.substring(0, parameters)).strip();
        return Arrays.stream(values()).filter(type -> type.mediaType.equalsIgnoreCase(bare)).findFirst();
    }
}
