package org.madoguchi.applications.application.port.in;

import java.util.Objects;

import org.madoguchi.applications.domain.model.Actor;
import org.madoguchi.applications.domain.model.UsageCategory;

/**
 * A new usage category.
 *
 * @param category the category, with its new id
 * @param actor    who creates it
 */
public record CreateUsageCategoryCommand(UsageCategory category, Actor actor) {

    public CreateUsageCategoryCommand {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(actor, "actor");
    }

    /** The command from what the caller sent, every invalid field reported at once. */
    public static CreateUsageCategoryCommand of(String name, String nameEn, Actor actor) {
        return new CreateUsageCategoryCommand(UsageCategory.create(name, nameEn), actor);
    }
}
