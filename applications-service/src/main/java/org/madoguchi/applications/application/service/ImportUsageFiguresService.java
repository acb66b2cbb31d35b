package org.madoguchi.applications.application.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.applications.application.port.in.ImportUsageFiguresCommand;
import org.madoguchi.applications.application.port.in.ImportUsageFiguresCommand.Line;
import org.madoguchi.applications.application.port.in.ImportUsageFiguresUseCase;
import org.madoguchi.applications.application.port.out.HistoricalUsageFigures;
import org.madoguchi.applications.application.port.out.UsageCategories;
import org.madoguchi.applications.domain.model.BreakdownRule;
import org.madoguchi.applications.domain.model.HistoricalUsage;
import org.madoguchi.applications.domain.model.UsageCategory;
import org.madoguchi.platform.calendar.FiscalYear;
import org.madoguchi.platform.failure.InvalidInput;

/**
 * Imports usage figures in two passes: read and check every line (each fault named by its line), then store
 * each fiscal year's figures in place of the ones it had, in one transaction. A line without an item is its
 * category's total; a category given only by breakdown rows totals their sum.
 */
@ApplicationScoped
class ImportUsageFiguresService implements ImportUsageFiguresUseCase {

    private final UsageCategories categories;
    private final HistoricalUsageFigures historical;

    ImportUsageFiguresService(UsageCategories categories, HistoricalUsageFigures historical) {
        this.categories = categories;
        this.historical = historical;
    }

    @Override
    @Transactional
    public ImportReport importFigures(ImportUsageFiguresCommand command) {
        command.actor().requireInformationPolicy();
        InvalidInput.Collector errors = new InvalidInput.Collector();
        Map<FiscalYear, Map<String, Pending>> years = read(command.lines(), errors);
        checkBreakdowns(years, command.breakdowns(), errors);
        errors.throwIfAny();
        List<ImportedYear> imported = new ArrayList<>();
        years.forEach((year, pending) -> {
            List<HistoricalUsage.Category> figures = new ArrayList<>();
            for (Pending category : pending.values()) {
                figures.add(category.figures(obtain(category.name)));
            }
            HistoricalUsage usage = new HistoricalUsage(year, figures);
            historical.replace(usage);
            imported.add(new ImportedYear(year, figures.size(),
                    figures.stream().mapToInt(c -> c.items().size()).sum(), usage.total()));
        });
        return new ImportReport(command.lines().size(), imported);
    }

    /** Every good line by year and category; every fault of every line into {@code errors}. */
    private static Map<FiscalYear, Map<String, Pending>> read(List<Line> lines, InvalidInput.Collector errors) {
        Map<FiscalYear, Map<String, Pending>> years = new LinkedHashMap<>();
        for (Line line : lines) {
            String at = "lines[" + line.number() + "]";
            line.unreadable().forEach(violation -> errors.addAll(List.of(violation.under(at))));
            if (line.fiscalYear() == null && !line.isUnreadable("fiscalYear")) {
                errors.add(at + ".fiscalYear", "not-blank");
            }
            String[] category = new String[1];
            errors.check(at + ".category", () -> category[0] = UsageCategory.validName(line.category()));
            String[] item = new String[1];
            boolean itemised = line.item() != null && !line.item().isBlank();
            if (itemised) {
                errors.check(at + ".item", () -> item[0] = HistoricalUsage.Item.validName(line.item()));
            }
            Long submissions = line.submissions();
            if (submissions == null && !line.isUnreadable("submissions")) {
                errors.add(at + ".submissions", "not-blank");
            } else if (submissions != null && submissions < 0) {
                errors.add(at + ".submissions", "negative-count");
            }
            if (line.fiscalYear() == null || category[0] == null || (itemised && item[0] == null)
                    || submissions == null || submissions < 0) {
                continue;
            }
            Pending pending = years.computeIfAbsent(line.fiscalYear(), year -> new LinkedHashMap<>())
                    .computeIfAbsent(UsageCategory.keyOf(category[0]), key -> new Pending(category[0]));
            if (!itemised) {
                if (pending.totalLine != 0) {
                    errors.add(at + ".category", "duplicate-category-in-file", category[0], pending.totalLine);
                } else {
                    pending.total = submissions;
                    pending.totalLine = line.number();
                }
            } else {
                String key = HistoricalUsage.Item.keyOf(item[0]);
                Long first = pending.itemLines.get(key);
                if (first != null) {
                    errors.add(at + ".item", "duplicate-item-in-file", item[0], first);
                } else {
                    pending.itemLines.put(key, line.number());
                    pending.items.add(new HistoricalUsage.Item(item[0], submissions));
                }
            }
        }
        return years;
    }

    /** A category's total against the sum of its breakdown rows, reported on the total's line. */
    private static void checkBreakdowns(Map<FiscalYear, Map<String, Pending>> years, BreakdownRule rule,
            InvalidInput.Collector errors) {
        for (Map<String, Pending> year : years.values()) {
            for (Pending category : year.values()) {
                if (category.totalLine == 0) {
                    continue;
                }
                long itemised = category.items.stream().mapToLong(HistoricalUsage.Item::submissions).sum();
                rule.check(category.total, itemised, category.items.size()).ifPresent(violation -> errors
                        .addAll(List.of(violation.under("lines[" + category.totalLine + "].submissions"))));
            }
        }
    }

    /** The stored category of this name, created when there is none. */
    private UsageCategory obtain(String name) {
        return categories.findByName(name).orElseGet(() -> {
            UsageCategory created = UsageCategory.create(name, null);
            return categories.add(created) ? created : categories.findByName(name).orElseThrow();
        });
    }

    /** A category of the file while it is read: its total line, if any, and its breakdown rows. */
    private static final class Pending {

        private final String name;
        private final List<HistoricalUsage.Item> items = new ArrayList<>();
        private final Map<String, Long> itemLines = new HashMap<>();
        private long total;
        private long totalLine;

        Pending(String name) {
            this.name = name;
        }

        HistoricalUsage.Category figures(UsageCategory category) {
            return totalLine == 0 ? HistoricalUsage.Category.itemised(category, items)
                    : new HistoricalUsage.Category(category, total, items);
        }
    }
}
