package org.madoguchi.applications.domain.model;

import org.madoguchi.platform.failure.DomainFailure;

/** No attached file with that id on that application, or none the caller may read. */
public class AttachmentNotFound extends DomainFailure {

    private static final long serialVersionUID = 1L;

    public AttachmentNotFound() {
        super(Kind.NOT_FOUND, "attachment-not-found");
    }
}
