package org.madoguchi.notification.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.madoguchi.notification.domain.model.Language;
import org.madoguchi.notification.domain.model.Message;
import org.madoguchi.notification.domain.model.NotificationKind;
import org.madoguchi.notification.domain.model.SampleFacts;

/** What {@link Templates} promises: every kind worded in both languages, a title of one line and a body. */
public abstract class TemplatesContract {

    protected abstract Templates templates();

    @Test
    void every_kind_is_worded_in_japanese_and_english_with_a_title_of_one_line() {
        for (NotificationKind kind : NotificationKind.values()) {
            for (Language language : Language.values()) {
                Message message = templates().render(kind, language, SampleFacts.of(kind));
                assertThat(message.language()).isEqualTo(language);
                assertThat(message.title()).as("%s %s", kind, language).isNotBlank().doesNotContain("\n");
                assertThat(message.body()).as("%s %s", kind, language).isNotBlank();
            }
        }
    }
}
