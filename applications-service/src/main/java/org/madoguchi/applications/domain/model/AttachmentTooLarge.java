package org.madoguchi.applications.domain.model;

import java.util.Locale;

import org.madoguchi.platform.failure.DomainFailure;

/**
 * The uploaded file is larger than the form allows for one file. Nothing of it is kept. The REST adapter answers it
 * with 413 (Content Too Large).
 */
public class AttachmentTooLarge extends DomainFailure {

    private static final long serialVersionUID = 1L;

    public AttachmentTooLarge(long maxFileBytes) {
        super(Kind.UNPROCESSABLE, "attachment-too-large", maxFileBytes, readable(maxFileBytes));
    }

    /** A size as people read it: {@code 10 MB}, {@code 512 KB}, {@code 900 B} (units of 1,024). */
    static String readable(long bytes) {
        if (bytes >= 1024L * 1024) {
            return trimmed(bytes / (1024.0 * 1024)) + " MB";
        }
        if (bytes >= 1024) {
            return trimmed(bytes / 1024.0) + " KB";
        }
        return bytes + " B";
    }

    private static String trimmed(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
}
