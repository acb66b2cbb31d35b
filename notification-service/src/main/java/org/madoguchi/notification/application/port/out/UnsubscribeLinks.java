package org.madoguchi.notification.application.port.out;

import org.madoguchi.notification.domain.model.UnsubscribeToken;

/** Signs unsubscribe tokens for the links in emails, and checks the tokens links bring back. */
public interface UnsubscribeLinks {

    /** The token as a link carries it, URL-safe. */
    String sign(UnsubscribeToken token);

    /**
     * The token a link carries, if this service signed it; throws
     * {@link org.madoguchi.notification.domain.model.InvalidUnsubscribeLink} otherwise.
     */
    UnsubscribeToken verify(String signed);
}
