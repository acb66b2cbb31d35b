package org.madoguchi.notification.application.port.in;

import org.madoguchi.notification.domain.model.Actor;
import org.madoguchi.notification.domain.model.Language;
import org.madoguchi.notification.domain.model.Message;
import org.madoguchi.notification.domain.model.NotificationKind;

/** Previews of each template with sample data, for 情報政策課. */
public interface TemplateQueries {

    Message preview(Actor actor, NotificationKind kind, Language language);
}
