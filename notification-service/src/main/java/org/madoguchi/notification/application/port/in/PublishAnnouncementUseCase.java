package org.madoguchi.notification.application.port.in;

import org.madoguchi.notification.domain.model.Announcement;

/** Publishes a drafted announcement: shown in its period, and fanned out to the audience's inboxes. */
public interface PublishAnnouncementUseCase {

    Announcement publish(PublishAnnouncementCommand command);
}
