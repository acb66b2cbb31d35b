package org.madoguchi.lending.domain.model;

import java.util.Objects;

/** 設置場所: where devices are kept, and the department (管理課) that runs its lending desk. */
public record Site(SiteCode code, String nameJa, String nameEn, String managingDepartment, String managingDepartmentJa) {

    public Site {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameJa, "nameJa");
        Objects.requireNonNull(managingDepartment, "managingDepartment");
    }
}
