package org.madoguchi.notification.application.port.out;

import java.util.Optional;

import org.madoguchi.notification.domain.model.DeliveryId;
import org.madoguchi.notification.domain.model.Message;

/** Email over SMTP. */
public interface EmailChannel {

    /**
     * Sends a message to an address; a non-urgent one carries the one-click unsubscribe link of its token.
     * Throws {@link org.madoguchi.notification.domain.model.ChannelFailure} when the server does not take it.
     */
    void send(DeliveryId delivery, String address, Message message, Optional<String> unsubscribeToken);
}
