package org.madoguchi.applications.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.applications.application.port.in.CreateUsageCategoryCommand;
import org.madoguchi.applications.application.port.in.CreateUsageCategoryUseCase;
import org.madoguchi.applications.application.port.out.UsageCategories;
import org.madoguchi.applications.domain.model.DuplicateUsageCategory;
import org.madoguchi.applications.domain.model.UsageCategory;

/** Adds a usage category, unless one of its name exists. */
@ApplicationScoped
class CreateUsageCategoryService implements CreateUsageCategoryUseCase {

    private final UsageCategories categories;

    CreateUsageCategoryService(UsageCategories categories) {
        this.categories = categories;
    }

    @Override
    @Transactional
    public UsageCategory create(CreateUsageCategoryCommand command) {
        command.actor().requireInformationPolicy();
        if (!categories.add(command.category())) {
            throw new DuplicateUsageCategory(command.category().name());
        }
        return command.category();
    }
}
