package org.madoguchi.notification.adapter.out.templates;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

import org.madoguchi.notification.application.port.out.Templates;
import org.madoguchi.notification.config.NotificationConfig;
import org.madoguchi.notification.domain.model.Language;
import org.madoguchi.notification.domain.model.Message;
import org.madoguchi.notification.domain.model.NotificationKind;

/**
 * One Qute template per kind ({@code templates/notifications/<KIND>.txt}) with the fragments {@code title_ja},
 * {@code body_ja}, {@code title_en} and {@code body_en}. Instants are handed to the template in the city's zone, so
 * {@code {start.warekiTime}} reads 令和5年5月11日 9:30 and {@code {start.englishTime}} 11 May 2023, 09:30.
 */
@ApplicationScoped
class QuteTemplates implements Templates {

    private final Engine engine;
    private final ZoneId zone;

    QuteTemplates(Engine engine, NotificationConfig config) {
        this.engine = engine;
        this.zone = config.timeZone();
    }

    @Override
    public Message render(NotificationKind kind, Language language, Map<String, Object> facts) {
        Template template = engine.getTemplate("notifications/" + kind.name());
        if (template == null) {
            throw new IllegalStateException("no template for " + kind);
        }
        String suffix = "_" + language.tag();
        return new Message(language, fragment(template, "title" + suffix, facts).replaceAll("\\s+", " ").strip(),
                fragment(template, "body" + suffix, facts).strip());
    }

    private String fragment(Template template, String id, Map<String, Object> facts) {
        TemplateInstance instance = template.getFragment(id).instance();
        facts.forEach((name, value) -> instance.data(name, value instanceof Instant at ? at.atZone(zone) : value));
        return instance.render();
    }
}
