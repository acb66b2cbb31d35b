package org.madoguchi.notification.domain.model;

import org.madoguchi.platform.failure.DomainFailure;

/** Only a published announcement is withdrawn. */
public class AnnouncementNotPublished extends DomainFailure {

    private static final long serialVersionUID = 1L;

    public AnnouncementNotPublished(AnnouncementStatus status) {
        super(Kind.CONFLICT, "announcement-not-published", status.name());
    }
}
