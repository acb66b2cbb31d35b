package org.madoguchi.applications.adapter.in.rest;

import java.util.List;
import java.util.UUID;

import org.madoguchi.applications.domain.model.FormId;
import org.madoguchi.applications.domain.model.UsageReport;

/**
 * A breakdown row (内訳) of a category.
 *
 * @param rank        its place in the category, 1 for the most used
 * @param name        its name (a form's title)
 * @param submissions imported and live
 * @param imported    from before the system
 * @param live        submitted through the system
 * @param forms       the forms counted in it; none for an imported row alone
 */
public record UsageItemResponse(int rank, BilingualName name, long submissions, long imported, long live,
        List<UUID> forms) {

    static UsageItemResponse of(int rank, UsageReport.ItemLine item) {
        return new UsageItemResponse(rank, BilingualName.of(item.name(), item.nameEn()), item.submissions(),
                item.imported(), item.live(), item.forms().stream().map(FormId::value).toList());
    }
}
