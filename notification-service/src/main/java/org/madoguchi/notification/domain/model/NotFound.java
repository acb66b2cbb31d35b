package org.madoguchi.notification.domain.model;

import org.madoguchi.platform.failure.DomainFailure;

/** What was addressed does not exist, or is not the caller's to see (another person's notification). */
public class NotFound extends DomainFailure {

    private static final long serialVersionUID = 1L;

    public NotFound(String what) {
        super(Kind.NOT_FOUND, "not-found", what);
    }

    public static NotFound notification(NotificationId id) {
        return new NotFound("notification " + id);
    }

    public static NotFound announcement(AnnouncementId id) {
        return new NotFound("announcement " + id);
    }
}
