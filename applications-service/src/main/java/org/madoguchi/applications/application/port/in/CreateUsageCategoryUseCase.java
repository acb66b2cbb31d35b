package org.madoguchi.applications.application.port.in;

import org.madoguchi.applications.domain.model.UsageCategory;

/** 情報政策課 adds a usage category (集計区分) under which forms are to be counted together. */
public interface CreateUsageCategoryUseCase {

    UsageCategory create(CreateUsageCategoryCommand command);
}
