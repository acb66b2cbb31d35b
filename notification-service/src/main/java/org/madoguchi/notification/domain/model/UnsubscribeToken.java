package org.madoguchi.notification.domain.model;

import java.util.Objects;

/**
 * What a one-click unsubscribe link (RFC 8058) stands for: no more email of one kind for one person. The link
 * carries it signed by the service, so nobody can unsubscribe someone else.
 */
public record UnsubscribeToken(String subject, NotificationKind kind) {

    public UnsubscribeToken {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(kind, "kind");
    }
}
