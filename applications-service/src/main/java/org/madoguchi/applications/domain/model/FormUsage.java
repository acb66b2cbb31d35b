package org.madoguchi.applications.domain.model;

import java.util.Objects;

/**
 * The live figure of one form in a fiscal year: how many applications were submitted through the system, every
 * one counted once whatever became of it (withdrawn, returned, rejected ones included), with the form's title as
 * its latest application gives it.
 *
 * @param form        the form
 * @param title       its Japanese title
 * @param titleEn     its English title; {@code null} when it has none
 * @param submissions how many applications
 */
public record FormUsage(FormId form, String title, String titleEn, long submissions) {

    public FormUsage {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(title, "title");
        if (submissions < 0) {
            throw new IllegalArgumentException("a count is never negative: " + submissions);
        }
    }
}
