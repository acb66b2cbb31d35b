package org.madoguchi.procedures.domain.model;

import org.madoguchi.platform.failure.InvalidInput;

/**
 * 添付ファイルの上限: how large a file an application to a form may attach and how many, over all its
 * {@link FieldType#ATTACHMENT} fields. A form with an attachment field declares them; the registry
 * invents no default.
 *
 * @param maxFileBytes the largest single file, in bytes, from 1 to {@link #MAX_FILE_BYTES}
 * @param maxFiles     the most files per application, from 1 to {@link #MAX_FILES}
 */
public record AttachmentLimits(long maxFileBytes, int maxFiles) {

    /** The largest file any form may take: 50 MiB. */
    public static final long MAX_FILE_BYTES = 50L * 1024 * 1024;
    /** The most files any form may take per application. */
    public static final int MAX_FILES = 20;

    public AttachmentLimits {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        if (maxFileBytes < 1 || maxFileBytes > MAX_FILE_BYTES) {
            errors.add("maxFileBytes", "file-size-out-of-range", MAX_FILE_BYTES, MAX_FILE_BYTES / (1024 * 1024));
        }
        if (maxFiles < 1 || maxFiles > MAX_FILES) {
            errors.add("maxFiles", "out-of-range", 1, MAX_FILES);
        }
        errors.throwIfAny();
    }
}
