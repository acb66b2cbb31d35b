package org.madoguchi.applications.application.port.in;

import java.util.Objects;

import org.madoguchi.applications.domain.model.Actor;
import org.madoguchi.applications.domain.model.UsageCategory;
import org.madoguchi.applications.domain.model.UsageCategoryId;

/**
 * A usage category's new names.
 *
 * @param renamed the category as it should be
 * @param actor   who renames it
 */
public record RenameUsageCategoryCommand(UsageCategory renamed, Actor actor) {

    public RenameUsageCategoryCommand {
        Objects.requireNonNull(renamed, "renamed");
        Objects.requireNonNull(actor, "actor");
    }

    /** The command from what the caller sent, every invalid field reported at once. */
    public static RenameUsageCategoryCommand of(UsageCategoryId id, String name, String nameEn, Actor actor) {
        return new RenameUsageCategoryCommand(new UsageCategory(id, name, nameEn), actor);
    }
}
