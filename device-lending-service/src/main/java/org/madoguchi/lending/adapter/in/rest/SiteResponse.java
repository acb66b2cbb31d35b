package org.madoguchi.lending.adapter.in.rest;

import org.madoguchi.lending.application.port.in.InventoryQueries;
import org.madoguchi.lending.domain.model.Site;

/**
 * A site (設置場所).
 *
 * @param code                 the site's code
 * @param nameJa               its Japanese name
 * @param nameEn               its English name
 * @param managingDepartment   the code of the department (管理課) that runs its lending desk
 * @param managingDepartmentJa that department's Japanese name
 * @param devices              devices in service there, in the list of sites
 * @param available            how many of them are available now, in the list of sites
 */
public record SiteResponse(String code, String nameJa, String nameEn, String managingDepartment,
                           String managingDepartmentJa, Integer devices, Integer available) {

    static SiteResponse of(Site s) {
        return new SiteResponse(s.code().value(), s.nameJa(), s.nameEn(), s.managingDepartment(),
                s.managingDepartmentJa(), null, null);
    }

    static SiteResponse of(InventoryQueries.SiteSummary summary) {
        Site s = summary.site();
        return new SiteResponse(s.code().value(), s.nameJa(), s.nameEn(), s.managingDepartment(),
                s.managingDepartmentJa(), summary.devices(), summary.available());
    }
}
