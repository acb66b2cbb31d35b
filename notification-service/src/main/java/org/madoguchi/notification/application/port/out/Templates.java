package org.madoguchi.notification.application.port.out;

import java.util.Map;

import org.madoguchi.notification.domain.model.Language;
import org.madoguchi.notification.domain.model.Message;
import org.madoguchi.notification.domain.model.NotificationKind;

/** The wording of each kind of notification, in Japanese and English. */
public interface Templates {

    /** The message of a kind in a language, with the facts of the notice. */
    Message render(NotificationKind kind, Language language, Map<String, Object> facts);
}
