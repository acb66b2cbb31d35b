package org.madoguchi.notification.application.port.out;

import org.madoguchi.notification.domain.model.DeliveryId;
import org.madoguchi.notification.domain.model.Message;

/** The city's messaging-app account (LINE): push messages to a linked user. */
public interface MessagingChannel {

    /**
     * Pushes a message to a messaging-app user; a repeated push of the same delivery is not shown twice.
     * Throws {@link org.madoguchi.notification.domain.model.ChannelFailure} when the app does not take it.
     */
    void push(DeliveryId delivery, String userId, Message message);
}
