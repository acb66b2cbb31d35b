package org.madoguchi.notification.application.port.in;

/** Puts published announcements whose period began into the inboxes of their audience, each once. */
public interface FanOutAnnouncementsUseCase {

    /** Returns how many announcements were fanned out. */
    int fanOutDue();
}
