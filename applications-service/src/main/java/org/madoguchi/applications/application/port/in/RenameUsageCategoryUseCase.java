package org.madoguchi.applications.application.port.in;

import org.madoguchi.applications.domain.model.UsageCategory;

/**
 * 情報政策課 renames a usage category or gives it its English name; its imported figures and forms stay with it.
 */
public interface RenameUsageCategoryUseCase {

    UsageCategory rename(RenameUsageCategoryCommand command);
}
