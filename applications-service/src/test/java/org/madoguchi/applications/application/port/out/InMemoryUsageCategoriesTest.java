package org.madoguchi.applications.application.port.out;

/** The in-memory fake of {@link UsageCategories} keeps the contract the PostgreSQL adapter keeps. */
class InMemoryUsageCategoriesTest extends UsageCategoriesContract {

    private final InMemoryUsageCategories categories = new InMemoryUsageCategories();

    @Override
    protected UsageCategories categories() {
        return categories;
    }
}
