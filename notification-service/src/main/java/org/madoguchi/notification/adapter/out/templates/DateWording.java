package org.madoguchi.notification.adapter.out.templates;

import java.time.LocalDate;
import java.time.ZonedDateTime;

import io.quarkus.qute.TemplateExtension;

import org.madoguchi.notification.domain.model.JapaneseDates;

/** How templates word dates: {@code {dueDate.wareki}} 令和5年5月25日, {@code {start.warekiTime}} 令和5年5月11日 9:30. */
@TemplateExtension
final class DateWording {

    private DateWording() {
    }

    static String wareki(LocalDate date) {
        return JapaneseDates.japanese(date);
    }

    static String warekiTime(ZonedDateTime time) {
        return JapaneseDates.japanese(time);
    }

    static String english(LocalDate date) {
        return JapaneseDates.english(date);
    }

    static String englishTime(ZonedDateTime time) {
        return JapaneseDates.english(time);
    }
}
