package org.madoguchi.procedures.adapter.in.rest;

import org.madoguchi.procedures.domain.model.AttachmentLimits;

/**
 * The files an application to a form may attach.
 *
 * @param maxFileBytes largest single file, in bytes
 * @param maxFiles     most files per application, over all attachment fields
 */
public record AttachmentLimitsResponse(long maxFileBytes, int maxFiles) {

    static AttachmentLimitsResponse of(AttachmentLimits limits) {
        return limits == null ? null : new AttachmentLimitsResponse(limits.maxFileBytes(), limits.maxFiles());
    }
}
