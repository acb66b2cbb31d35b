package org.madoguchi.applications.application.port.in;

import java.util.Objects;

import org.madoguchi.applications.domain.model.Actor;
import org.madoguchi.applications.domain.model.FormId;
import org.madoguchi.applications.domain.model.UsageCategoryId;

/**
 * A form to count under a usage category.
 *
 * @param form     the form
 * @param category the category
 * @param actor    who assigns it
 */
public record AssignFormToCategoryCommand(FormId form, UsageCategoryId category, Actor actor) {

    public AssignFormToCategoryCommand {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(actor, "actor");
    }
}
