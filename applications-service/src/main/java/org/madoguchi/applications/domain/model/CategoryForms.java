package org.madoguchi.applications.domain.model;

import java.util.List;
import java.util.Objects;

/**
 * A usage category with the forms counted under it.
 *
 * @param category the category
 * @param forms    its forms, in no particular order
 */
public record CategoryForms(UsageCategory category, List<FormId> forms) {

    public CategoryForms {
        Objects.requireNonNull(category, "category");
        forms = List.copyOf(forms);
    }
}
