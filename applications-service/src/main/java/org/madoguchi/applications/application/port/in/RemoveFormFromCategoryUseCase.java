package org.madoguchi.applications.application.port.in;

/**
 * 情報政策課 takes a form out of a usage category: it counts as a category of its own again, named by its title.
 * Taking out a form that is not in the category changes nothing.
 */
public interface RemoveFormFromCategoryUseCase {

    void remove(RemoveFormFromCategoryCommand command);
}
