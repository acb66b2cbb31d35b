package org.madoguchi.applications.domain.model;

import org.madoguchi.platform.failure.DomainFailure;

/**
 * The virus scanner refused the uploaded file. Nothing of it is kept; what the scanner found is not told to the
 * uploader.
 */
public class AttachmentRefusedByScan extends DomainFailure {

    private static final long serialVersionUID = 1L;

    public AttachmentRefusedByScan() {
        super(Kind.UNPROCESSABLE, "attachment-refused-by-scan");
    }
}
