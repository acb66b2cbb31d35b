package org.madoguchi.applications.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.applications.application.port.in.AssignFormToCategoryCommand;
import org.madoguchi.applications.application.port.in.AssignFormToCategoryUseCase;
import org.madoguchi.applications.application.port.out.UsageCategories;
import org.madoguchi.applications.domain.model.UsageCategoryNotFound;

/** Puts a form under an existing usage category. */
@ApplicationScoped
class AssignFormToCategoryService implements AssignFormToCategoryUseCase {

    private final UsageCategories categories;

    AssignFormToCategoryService(UsageCategories categories) {
        this.categories = categories;
    }

    @Override
    @Transactional
    public void assign(AssignFormToCategoryCommand command) {
        command.actor().requireInformationPolicy();
        categories.find(command.category()).orElseThrow(() -> new UsageCategoryNotFound(command.category()));
        categories.assign(command.form(), command.category());
    }
}
