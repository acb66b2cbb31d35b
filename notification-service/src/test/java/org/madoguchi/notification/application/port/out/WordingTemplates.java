package org.madoguchi.notification.application.port.out;

import java.util.Map;
import java.util.TreeMap;

import org.madoguchi.notification.domain.model.Language;
import org.madoguchi.notification.domain.model.Message;
import org.madoguchi.notification.domain.model.NotificationKind;

/** {@link Templates} for the use-case tests: the kind's label as the title, the facts as the body. */
public final class WordingTemplates implements Templates {

    @Override
    public Message render(NotificationKind kind, Language language, Map<String, Object> facts) {
        return new Message(language, kind.label().in(language), new TreeMap<>(facts).toString());
    }
}
