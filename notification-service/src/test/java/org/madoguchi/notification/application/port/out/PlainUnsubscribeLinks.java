package org.madoguchi.notification.application.port.out;

import org.madoguchi.notification.domain.model.InvalidUnsubscribeLink;
import org.madoguchi.notification.domain.model.NotificationKind;
import org.madoguchi.notification.domain.model.UnsubscribeToken;

/** {@link UnsubscribeLinks} for the use-case tests: readable tokens with a fixed mark instead of a signature. */
public final class PlainUnsubscribeLinks implements UnsubscribeLinks {

    private static final String MARK = "signed~";

    @Override
    public String sign(UnsubscribeToken token) {
        return MARK + token.kind() + "~" + token.subject();
    }

    @Override
    public UnsubscribeToken verify(String signed) {
        if (signed == null || !signed.startsWith(MARK)) {
            throw new InvalidUnsubscribeLink();
        }
        String[] parts = signed.substring(MARK.length()).split("~", 2);
        try {
            return new UnsubscribeToken(parts[1], NotificationKind.valueOf(parts[0]));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw new InvalidUnsubscribeLink();
        }
    }
}
