package org.madoguchi.applications.adapter.in.rest;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;

import org.madoguchi.applications.adapter.in.rest.csv.UsageCsvLine;
import org.madoguchi.applications.domain.model.UsageReport;
import org.madoguchi.platform.calendar.FiscalYear;

/**
 * The words of the usage statistics, in Japanese and English, from the {@code StatisticsMessages_{ja,en}}
 * bundles: the sentence that sums a year up, the name of what a category counts beyond its breakdown rows, and
 * the fiscal year as the CSV writes it.
 */
final class StatisticsWording {

    private static final String BUNDLE = "StatisticsMessages";
    private static final ResourceBundle.Control PROPERTIES_ONLY = ResourceBundle.Control
            .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private StatisticsWording() {
    }

    /** The sentence that sums the year up: its total and how many categories. */
    static BilingualName summary(UsageReport report) {
        return inBoth(locale -> text(locale, report.categories().isEmpty() ? "usage.summary.none" : "usage.summary",
                report.fiscalYear().eraLabel(), report.fiscalYear().gregorianLabel(), report.total(),
                report.categories().size()));
    }

    /** 内訳なし: what a category's total counts beyond its breakdown rows. */
    static BilingualName unitemised() {
        return inBoth(locale -> text(locale, "usage.unitemised"));
    }

    /** The fiscal year as the CSV's first column gives it, in a form the import reads again. */
    static String fiscalYear(FiscalYear year, Locale locale) {
        return text(locale, "usage.csv.fiscal-year", year.eraLabel(), year.gregorianLabel());
    }

    /**
     * The report as CSV lines in the import's shape: each category's total, then its breakdown rows, then what
     * it counts beyond them, names in the given language.
     */
    static List<UsageCsvLine> csvLines(UsageReport report, Locale locale) {
        String year = fiscalYear(report.fiscalYear(), locale);
        String unitemised = unitemised().in(locale);
        List<UsageCsvLine> lines = new ArrayList<>();
        for (UsageReport.CategoryLine category : report.categories()) {
            String name = BilingualName.of(category.name(), category.nameEn()).in(locale);
            lines.add(new UsageCsvLine(year, name, "", category.submissions()));
            for (UsageReport.ItemLine item : category.items()) {
                lines.add(new UsageCsvLine(year, name, BilingualName.of(item.name(), item.nameEn()).in(locale),
                        item.submissions()));
            }
            if (category.unitemised() > 0) {
                lines.add(new UsageCsvLine(year, name, unitemised, category.unitemised()));
            }
        }
        return lines;
    }

    private static BilingualName inBoth(Function<Locale, String> wording) {
        return new BilingualName(wording.apply(Locale.JAPANESE), wording.apply(Locale.ENGLISH));
    }

    private static String text(Locale locale, String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, locale, StatisticsWording.class.getClassLoader(),
                PROPERTIES_ONLY).getString(key);
        return new MessageFormat(pattern, locale).format(arguments);
    }
}
