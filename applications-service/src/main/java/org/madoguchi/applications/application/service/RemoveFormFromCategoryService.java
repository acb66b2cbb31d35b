package org.madoguchi.applications.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.applications.application.port.in.RemoveFormFromCategoryCommand;
import org.madoguchi.applications.application.port.in.RemoveFormFromCategoryUseCase;
import org.madoguchi.applications.application.port.out.UsageCategories;
import org.madoguchi.applications.domain.model.UsageCategoryNotFound;

/** Takes a form out of a usage category, if it is in it. */
@ApplicationScoped
class RemoveFormFromCategoryService implements RemoveFormFromCategoryUseCase {

    private final UsageCategories categories;

    RemoveFormFromCategoryService(UsageCategories categories) {
        this.categories = categories;
    }

    @Override
    @Transactional
    public void remove(RemoveFormFromCategoryCommand command) {
        command.actor().requireInformationPolicy();
        categories.find(command.category()).orElseThrow(() -> new UsageCategoryNotFound(command.category()));
        categories.remove(command.form(), command.category());
    }
}
