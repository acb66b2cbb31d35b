package org.madoguchi.applications.adapter.in.rest;

import java.util.List;
import java.util.function.Predicate;

import org.madoguchi.applications.domain.model.Application;
import org.madoguchi.applications.domain.model.ResultPage;

/** One page of applications. */
public record ApplicationPageResponse(List<ApplicationSummaryResponse> items, int page, int size, long total) {

    static ApplicationPageResponse of(ResultPage<Application> page, Predicate<Application> overdue) {
        return new ApplicationPageResponse(
                page.items().stream().map(a -> ApplicationSummaryResponse.of(a, overdue.test(a))).toList(),
                page.page(), page.size(), page.total());
    }
}
