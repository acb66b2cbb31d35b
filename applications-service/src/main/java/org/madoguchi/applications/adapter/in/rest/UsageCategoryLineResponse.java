package org.madoguchi.applications.adapter.in.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.madoguchi.applications.domain.model.FormId;
import org.madoguchi.applications.domain.model.UsageCategoryId;
import org.madoguchi.applications.domain.model.UsageReport;

/**
 * A category of the usage report, with its breakdown rows most used first.
 *
 * @param rank        its place in the year, 1 for the most used
 * @param categoryId  the stored category; {@code null} for a form in no category
 * @param name        its name (a form's title for a form in no category)
 * @param submissions its total: imported and live
 * @param imported    from before the system
 * @param live        submitted through the system
 * @param forms       the forms counted in it as a whole (a form in no category)
 * @param items       its breakdown rows; none when it is counted as a whole
 * @param unitemised  what its total counts beyond its breakdown rows; {@code null} when nothing
 */
public record UsageCategoryLineResponse(int rank, UUID categoryId, BilingualName name, long submissions,
        long imported, long live, List<UUID> forms, List<UsageItemResponse> items,
        UsageUnitemisedResponse unitemised) {

    static UsageCategoryLineResponse of(int rank, UsageReport.CategoryLine category, BilingualName unitemised) {
        List<UsageItemResponse> items = new ArrayList<>();
        for (int i = 0; i < category.items().size(); i++) {
            items.add(UsageItemResponse.of(i + 1, category.items().get(i)));
        }
        return new UsageCategoryLineResponse(rank, category.category().map(UsageCategoryId::value).orElse(null),
                BilingualName.of(category.name(), category.nameEn()), category.submissions(), category.imported(),
                category.live(), category.forms().stream().map(FormId::value).toList(), items,
                category.unitemised() > 0 ? new UsageUnitemisedResponse(unitemised, category.unitemised()) : null);
    }
}
