package org.madoguchi.notification.adapter.in.rest;

import org.madoguchi.notification.domain.model.Message;
import org.madoguchi.notification.domain.model.NotificationKind;

/** A template worded with sample data. */
public record TemplatePreviewResponse(String kind, boolean urgent, String language, String title, String body) {

    static TemplatePreviewResponse of(NotificationKind kind, Message m) {
        return new TemplatePreviewResponse(kind.name(), kind.urgent(), m.language().tag(), m.title(), m.body());
    }
}
