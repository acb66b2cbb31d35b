package org.madoguchi.applications.application.port.out;

/** The in-memory fake of {@link HistoricalUsageFigures} keeps the contract the PostgreSQL adapter keeps. */
class InMemoryHistoricalUsageFiguresTest extends HistoricalUsageFiguresContract {

    private final InMemoryUsageCategories categories = new InMemoryUsageCategories();
    private final InMemoryHistoricalUsageFigures figures = new InMemoryHistoricalUsageFigures(categories);

    @Override
    protected HistoricalUsageFigures figures() {
        return figures;
    }

    @Override
    protected UsageCategories categories() {
        return categories;
    }
}
