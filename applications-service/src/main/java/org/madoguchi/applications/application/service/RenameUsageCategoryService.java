package org.madoguchi.applications.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.applications.application.port.in.RenameUsageCategoryCommand;
import org.madoguchi.applications.application.port.in.RenameUsageCategoryUseCase;
import org.madoguchi.applications.application.port.out.UsageCategories;
import org.madoguchi.applications.domain.model.DuplicateUsageCategory;
import org.madoguchi.applications.domain.model.UsageCategory;
import org.madoguchi.applications.domain.model.UsageCategoryNotFound;

/** Renames a usage category, unless another one has the new name. */
@ApplicationScoped
class RenameUsageCategoryService implements RenameUsageCategoryUseCase {

    private final UsageCategories categories;

    RenameUsageCategoryService(UsageCategories categories) {
        this.categories = categories;
    }

    @Override
    @Transactional
    public UsageCategory rename(RenameUsageCategoryCommand command) {
        command.actor().requireInformationPolicy();
        UsageCategory renamed = command.renamed();
        categories.find(renamed.id()).orElseThrow(() -> new UsageCategoryNotFound(renamed.id()));
        if (!categories.update(renamed)) {
            throw new DuplicateUsageCategory(renamed.name());
        }
        return renamed;
    }
}
