package org.madoguchi.applications.application.port.in;

import java.util.Objects;

import org.madoguchi.applications.domain.model.Actor;
import org.madoguchi.applications.domain.model.FormId;
import org.madoguchi.applications.domain.model.UsageCategoryId;

/**
 * A form to take out of a usage category.
 *
 * @param form     the form
 * @param category the category it is in
 * @param actor    who takes it out
 */
public record RemoveFormFromCategoryCommand(FormId form, UsageCategoryId category, Actor actor) {

    public RemoveFormFromCategoryCommand {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(actor, "actor");
    }
}
