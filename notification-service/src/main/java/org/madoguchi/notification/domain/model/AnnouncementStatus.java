package org.madoguchi.notification.domain.model;

/** Where an announcement stands: drafted, published (shown within its period), withdrawn. */
public enum AnnouncementStatus {
    DRAFT,
    PUBLISHED,
    WITHDRAWN
}
