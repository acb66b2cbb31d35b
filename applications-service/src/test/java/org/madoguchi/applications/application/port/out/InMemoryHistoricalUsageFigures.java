package org.madoguchi.applications.application.port.out;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.madoguchi.applications.domain.model.HistoricalUsage;
import org.madoguchi.platform.calendar.FiscalYear;

/**
 * {@link HistoricalUsageFigures} in memory, held to {@link HistoricalUsageFiguresContract} like the PostgreSQL
 * adapter: it reads categories back under their current names from the categories it is given, and, as the
 * database's foreign key does, refuses figures of a category that is not stored there.
 */
public final class InMemoryHistoricalUsageFigures implements HistoricalUsageFigures {

    private final UsageCategories categories;
    private final Map<FiscalYear, HistoricalUsage> years = new HashMap<>();

    public InMemoryHistoricalUsageFigures(UsageCategories categories) {
        this.categories = categories;
    }

    @Override
    public Optional<HistoricalUsage> of(FiscalYear fiscalYear) {
        HistoricalUsage stored = years.get(fiscalYear);
        if (stored == null) {
            return Optional.empty();
        }
        List<HistoricalUsage.Category> current = stored.categories().stream()
                .map(c -> new HistoricalUsage.Category(categories.find(c.category().id()).orElseThrow(), c.total(),
                        c.items()))
                .toList();
        return Optional.of(new HistoricalUsage(fiscalYear, current));
    }

    @Override
    public void replace(HistoricalUsage usage) {
        for (HistoricalUsage.Category category : usage.categories()) {
            if (categories.find(category.category().id()).isEmpty()) {
                throw new IllegalArgumentException("no stored category " + category.category().id());
            }
        }
        if (usage.categories().isEmpty()) {
            years.remove(usage.fiscalYear());
        } else {
            years.put(usage.fiscalYear(), usage);
        }
    }
}
