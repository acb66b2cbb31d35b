package org.madoguchi.applications.application.port.out;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.madoguchi.applications.domain.model.FormId;
import org.madoguchi.applications.domain.model.UsageCategory;
import org.madoguchi.applications.domain.model.UsageCategoryId;

/** The usage categories (集計区分) and which forms each groups; names are unique by their key. */
public interface UsageCategories {

    /** Stores a new category; false, storing nothing, when a category with the same name key exists. */
    boolean add(UsageCategory category);

    /** Stores a category's new names; false, storing nothing, when another category has the name key. */
    boolean update(UsageCategory category);

    Optional<UsageCategory> find(UsageCategoryId id);

    /** The category whose name has the same key as this one. */
    Optional<UsageCategory> findByName(String name);

    /** Every category, by name (in the order of its code points). */
    List<UsageCategory> all();

    /** Puts the form under the category, taking it out of any other. */
    void assign(FormId form, UsageCategoryId category);

    /** Takes the form out of the category; false when it was not in it. */
    boolean remove(FormId form, UsageCategoryId category);

    /** The category of every form that has one. */
    Map<FormId, UsageCategoryId> assignments();
}
