package org.madoguchi.applications.application.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.applications.application.port.in.UsageStatisticsQueries;
import org.madoguchi.applications.application.port.out.HistoricalUsageFigures;
import org.madoguchi.applications.application.port.out.SubmissionCounts;
import org.madoguchi.applications.application.port.out.UsageCategories;
import org.madoguchi.applications.domain.model.Actor;
import org.madoguchi.applications.domain.model.CategoryForms;
import org.madoguchi.applications.domain.model.FormId;
import org.madoguchi.applications.domain.model.UsageCategory;
import org.madoguchi.applications.domain.model.UsageCategoryId;
import org.madoguchi.applications.domain.model.UsageReport;
import org.madoguchi.platform.calendar.FiscalYear;

/** Compiles the usage statistics from the imported figures, the live counts and the categories of the forms. */
@ApplicationScoped
class UsageStatisticsQueriesService implements UsageStatisticsQueries {

    private final UsageCategories categories;
    private final HistoricalUsageFigures historical;
    private final SubmissionCounts counts;

    UsageStatisticsQueriesService(UsageCategories categories, HistoricalUsageFigures historical,
            SubmissionCounts counts) {
        this.categories = categories;
        this.historical = historical;
        this.counts = counts;
    }

    @Override
    @Transactional
    public UsageReport usage(Actor actor, FiscalYear fiscalYear) {
        actor.requireStatisticsReader();
        Map<UsageCategoryId, UsageCategory> byId = new HashMap<>();
        categories.all().forEach(category -> byId.put(category.id(), category));
        Map<FormId, UsageCategory> categoryOf = new HashMap<>();
        categories.assignments().forEach((form, category) -> {
            if (byId.containsKey(category)) {
                categoryOf.put(form, byId.get(category));
            }
        });
        return UsageReport.compile(fiscalYear, historical.of(fiscalYear), counts.perForm(fiscalYear), categoryOf);
    }

    @Override
    @Transactional
    public List<CategoryForms> categories(Actor actor) {
        actor.requireStatisticsReader();
        Map<UsageCategoryId, List<FormId>> forms = new LinkedHashMap<>();
        List<UsageCategory> all = categories.all();
        all.forEach(category -> forms.put(category.id(), new ArrayList<>()));
        categories.assignments().forEach((form, category) -> {
            if (forms.containsKey(category)) {
                forms.get(category).add(form);
            }
        });
        return all.stream().map(category -> new CategoryForms(category, forms.get(category.id()))).toList();
    }
}
