package org.madoguchi.notification.application.port.in;

import java.util.List;

import org.madoguchi.notification.domain.model.Actor;
import org.madoguchi.notification.domain.model.Notification;

/** The caller's own in-app inbox, and what reaches it after a point (for the live stream). */
public interface InboxQueries {

    /** The caller's inbox, newest first. */
    List<Notification> inbox(Actor actor, boolean unreadOnly, int limit);

    /** What reached the caller's inbox after the item with that sequence, oldest first. */
    List<Notification> after(Actor actor, long sequence);

    /** The sequence of the newest item of the caller's inbox; 0 when it is empty. */
    long lastSequence(Actor actor);
}
