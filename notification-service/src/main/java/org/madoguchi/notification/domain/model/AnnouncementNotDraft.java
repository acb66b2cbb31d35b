package org.madoguchi.notification.domain.model;

import org.madoguchi.platform.failure.DomainFailure;

/** Only a draft announcement is published; this one already was (or was withdrawn). */
public class AnnouncementNotDraft extends DomainFailure {

    private static final long serialVersionUID = 1L;

    public AnnouncementNotDraft(AnnouncementStatus status) {
        super(Kind.CONFLICT, "announcement-not-draft", status.name());
    }
}
