package org.madoguchi.applications.domain.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.madoguchi.platform.calendar.FiscalYear;

/**
 * 利用実績: how much each form was used in a fiscal year, grouped by category, most used first, each category
 * with its breakdown rows most used first. A year's figures are its imported figures from before the system
 * plus the live counts of the applications submitted through it; an imported row and a form of the same name
 * in the same category are one row, and so are an imported category and a form in no category whose title is
 * its name.
 *
 * @param fiscalYear the year
 * @param categories its categories, most used first (equal ones by name)
 */
public record UsageReport(FiscalYear fiscalYear, List<CategoryLine> categories) {

    private static final Comparator<CategoryLine> MOST_USED_CATEGORY = Comparator
            .comparingLong(CategoryLine::submissions).reversed().thenComparing(CategoryLine::name);
    private static final Comparator<ItemLine> MOST_USED_ITEM = Comparator.comparingLong(ItemLine::submissions)
            .reversed().thenComparing(ItemLine::name);

    public UsageReport {
        Objects.requireNonNull(fiscalYear, "fiscalYear");
        categories = List.copyOf(categories);
    }

    /** Every submission of the year, imported and live. */
    public long total() {
        return categories.stream().mapToLong(CategoryLine::submissions).sum();
    }

    /**
     * The report of a year.
     *
     * @param historical the year's imported figures, if any were imported
     * @param live       the year's live count of each form
     * @param categoryOf the category of each form that has one
     */
    public static UsageReport compile(FiscalYear fiscalYear, Optional<HistoricalUsage> historical,
            List<FormUsage> live, Map<FormId, UsageCategory> categoryOf) {
        Map<String, CategoryTally> tallies = new LinkedHashMap<>();
        historical.ifPresent(figures -> {
            for (HistoricalUsage.Category imported : figures.categories()) {
                CategoryTally tally = tallies.computeIfAbsent(imported.category().key(),
                        key -> CategoryTally.of(imported.category()));
                for (HistoricalUsage.Item item : imported.items()) {
                    tally.item(item.name(), null).imported += item.submissions();
                }
                tally.imported += imported.total();
                tally.unitemisedImported += imported.total() - imported.itemised();
            }
        });
        List<FormUsage> uncategorised = new ArrayList<>();
        for (FormUsage form : live) {
            UsageCategory category = categoryOf.get(form.form());
            if (category == null) {
                uncategorised.add(form);
                continue;
            }
            CategoryTally tally = tallies.computeIfAbsent(category.key(), key -> CategoryTally.of(category));
            ItemTally item = tally.item(form.title(), form.titleEn());
            item.live += form.submissions();
            item.forms.add(form.form());
            tally.live += form.submissions();
        }
        for (FormUsage form : uncategorised) {
            CategoryTally tally = tallies.computeIfAbsent(UsageText.key(form.title()),
                    key -> new CategoryTally(null, form.title(), form.titleEn()));
            tally.live += form.submissions();
            tally.unitemisedLive += form.submissions();
            tally.forms.add(form.form());
        }
        List<CategoryLine> lines = tallies.values().stream().map(CategoryTally::line).sorted(MOST_USED_CATEGORY)
                .toList();
        return new UsageReport(fiscalYear, lines);
    }

    /**
     * One category of the report.
     *
     * @param category   the stored category, if it is one; empty for a form in no category
     * @param name       its Japanese name (a form's title for a form in no category)
     * @param nameEn     its English name; {@code null} when there is none
     * @param forms      the forms counted in it as a whole, not as a breakdown row (a form in no category)
     * @param imported   its imported figure
     * @param live       its live count
     * @param items      its breakdown rows, most used first; none when it is counted as a whole
     * @param unitemised what its total counts beyond its breakdown rows; 0 when it has none
     */
    public record CategoryLine(Optional<UsageCategoryId> category, String name, String nameEn, List<FormId> forms,
            long imported, long live, List<ItemLine> items, long unitemised) {

        public CategoryLine {
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(name, "name");
            forms = List.copyOf(forms);
            items = List.copyOf(items);
        }

        /** Its total: imported and live. */
        public long submissions() {
            return imported + live;
        }
    }

    /**
     * One breakdown row of a category: an imported row, a form, or both under one name.
     *
     * @param name     its Japanese name (the form's title)
     * @param nameEn   its English name; {@code null} when there is none
     * @param forms    the forms counted in it; none for an imported row alone
     * @param imported its imported figure
     * @param live     its live count
     */
    public record ItemLine(String name, String nameEn, List<FormId> forms, long imported, long live) {

        public ItemLine {
            Objects.requireNonNull(name, "name");
            forms = List.copyOf(forms);
        }

        public long submissions() {
            return imported + live;
        }
    }

    /** What a category adds up while the report is compiled. */
    private static final class CategoryTally {

        private final UsageCategoryId id;
        private final String name;
        private final String nameEn;
        private final List<FormId> forms = new ArrayList<>();
        private final Map<String, ItemTally> items = new LinkedHashMap<>();
        private long imported;
        private long live;
        private long unitemisedImported;
        private long unitemisedLive;

        private CategoryTally(UsageCategoryId id, String name, String nameEn) {
            this.id = id;
            this.name = name;
            this.nameEn = nameEn;
        }

        static CategoryTally of(UsageCategory category) {
            return new CategoryTally(category.id(), category.name(), category.nameEn());
        }

        ItemTally item(String itemName, String itemNameEn) {
            ItemTally item = items.computeIfAbsent(UsageText.key(itemName), key -> new ItemTally(itemName));
            if (item.nameEn == null) {
                item.nameEn = itemNameEn;
            }
            return item;
        }

        CategoryLine line() {
            List<ItemLine> rows = items.values().stream().map(ItemTally::line).sorted(MOST_USED_ITEM).toList();
            return new CategoryLine(Optional.ofNullable(id), name, nameEn, forms, imported, live, rows,
                    rows.isEmpty() ? 0 : unitemisedImported + unitemisedLive);
        }
    }

    /** What a breakdown row adds up while the report is compiled. */
    private static final class ItemTally {

        private final String name;
        private String nameEn;
        private final List<FormId> forms = new ArrayList<>();
        private long imported;
        private long live;

        ItemTally(String name) {
            this.name = name;
        }

        ItemLine line() {
            return new ItemLine(name, nameEn, forms, imported, live);
        }
    }
}
