package org.madoguchi.notification.application.port.out;

import org.madoguchi.notification.domain.event.NotificationEvent;

/** Publishes what happened, in the transaction of the change (the outbox). */
public interface NotificationEvents {

    void publish(NotificationEvent event);
}
