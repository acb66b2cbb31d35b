package org.madoguchi.applications.adapter.in.rest;

import java.util.List;
import java.util.UUID;

import org.madoguchi.applications.domain.model.CategoryForms;
import org.madoguchi.applications.domain.model.FormId;
import org.madoguchi.applications.domain.model.UsageCategory;

/**
 * A usage category (集計区分) and the forms counted under it.
 *
 * @param id     its id
 * @param name   Japanese name
 * @param nameEn English name; {@code null} when it has none
 * @param forms  its forms
 */
public record UsageCategoryResponse(UUID id, String name, String nameEn, List<UUID> forms) {

    static UsageCategoryResponse of(CategoryForms category) {
        return new UsageCategoryResponse(category.category().id().value(), category.category().name(),
                category.category().nameEn(), category.forms().stream().map(FormId::value).toList());
    }

    static UsageCategoryResponse of(UsageCategory category) {
        return new UsageCategoryResponse(category.id().value(), category.name(), category.nameEn(), List.of());
    }
}
