package org.madoguchi.notification.application.port.in;

import org.madoguchi.notification.domain.model.UnsubscribeToken;

/** One-click unsubscribe (RFC 8058): no more email of one kind for the person the link was made for. */
public interface UnsubscribeUseCase {

    UnsubscribeToken unsubscribe(UnsubscribeCommand command);
}
