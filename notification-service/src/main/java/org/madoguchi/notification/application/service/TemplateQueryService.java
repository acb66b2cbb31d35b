package org.madoguchi.notification.application.service;

import jakarta.enterprise.context.ApplicationScoped;

import org.madoguchi.notification.application.port.in.TemplateQueries;
import org.madoguchi.notification.application.port.out.Templates;
import org.madoguchi.notification.domain.model.Actor;
import org.madoguchi.notification.domain.model.Language;
import org.madoguchi.notification.domain.model.Message;
import org.madoguchi.notification.domain.model.NotificationKind;
import org.madoguchi.notification.domain.model.SampleFacts;

/** Words a template with sample facts, for 情報政策課. */
@ApplicationScoped
class TemplateQueryService implements TemplateQueries {

    private final Templates templates;

    TemplateQueryService(Templates templates) {
        this.templates = templates;
    }

    @Override
    public Message preview(Actor actor, NotificationKind kind, Language language) {
        actor.requireInformationPolicy();
        return templates.render(kind, language, SampleFacts.of(kind));
    }
}
