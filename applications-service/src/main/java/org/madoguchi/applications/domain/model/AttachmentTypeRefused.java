package org.madoguchi.applications.domain.model;

import org.madoguchi.platform.failure.DomainFailure;

/** The uploaded file is not a PDF, JPEG or PNG by its content, whatever its name says. Nothing of it is kept. */
public class AttachmentTypeRefused extends DomainFailure {

    private static final long serialVersionUID = 1L;

    /** @param detected the media type its content shows, e.g. {@code text/plain} */
    public AttachmentTypeRefused(String detected) {
        super(Kind.UNPROCESSABLE, "attachment-type-refused", detected);
    }
}
