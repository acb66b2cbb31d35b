package org.madoguchi.applications.domain.model;

/**
 * What an application may attach to a form: the largest single file and the most files over all its
 * attachment fields.
 */
public record AttachmentLimits(long maxFileBytes, int maxFiles) {

    public AttachmentLimits {
        if (maxFileBytes < 1 || maxFiles < 1) {
            throw new IllegalArgumentException("attachment limits are positive");
        }
    }
}
