package org.madoguchi.applications.domain.model;

import java.util.Objects;

/**
 * The form version an application answered, with what the inbox and the events show of it.
 *
 * @param id         the form
 * @param version    the version answered
 * @param department the owning department, which processes the application
 * @param title      the title in Japanese
 * @param titleEn    the title in English, or {@code null}
 */
public record AnsweredForm(FormId id, int version, DepartmentCode department, String title, String titleEn) {

    public AnsweredForm {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(title, "title");
    }

    public static AnsweredForm of(Form form) {
        return new AnsweredForm(form.id(), form.version(), form.department(), form.title(), form.titleEn());
    }
}
