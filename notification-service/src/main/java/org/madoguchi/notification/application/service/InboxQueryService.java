package org.madoguchi.notification.application.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.notification.application.port.in.InboxQueries;
import org.madoguchi.notification.application.port.out.Notifications;
import org.madoguchi.notification.domain.model.Actor;
import org.madoguchi.notification.domain.model.Notification;

/** Reads the caller's own inbox: the query is by the caller's subject, so no other inbox can be reached. */
@ApplicationScoped
class InboxQueryService implements InboxQueries {

    private static final int LONGEST = 200;

    private final Notifications notifications;

    InboxQueryService(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    @Transactional
    public List<Notification> inbox(Actor actor, boolean unreadOnly, int limit) {
        return notifications.inboxOf(actor.subject(), unreadOnly, Math.max(1, Math.min(limit, LONGEST)));
    }

    @Override
    @Transactional
    public List<Notification> after(Actor actor, long sequence) {
        return notifications.inboxAfter(actor.subject(), sequence, LONGEST);
    }

    @Override
    @Transactional
    public long lastSequence(Actor actor) {
        return notifications.lastSequenceOf(actor.subject());
    }
}
