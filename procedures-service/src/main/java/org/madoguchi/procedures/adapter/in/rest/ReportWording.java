package org.madoguchi.procedures.adapter.in.rest;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;

import org.madoguchi.procedures.domain.model.FiscalYear;
import org.madoguchi.procedures.domain.model.ProgressCounts;
import org.madoguchi.procedures.domain.model.ProgressReport;
import org.madoguchi.procedures.domain.model.Reconciliation;
import org.madoguchi.procedures.domain.model.RevisionReason;

/**
 * The words of the progress reports, in Japanese and English, from the {@code ReportMessages_{ja,en}}
 * bundles: the 内容 and 備考 of a department's line, the explanations of a printed line's findings, and
 * the headings of the report as CSV.
 */
final class ReportWording {

    private static final String BUNDLE = "ReportMessages";
    private static final ResourceBundle.Control PROPERTIES_ONLY = ResourceBundle.Control
            .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final List<String> CSV_COLUMNS = List.of("fiscal-year", "department", "planned", "completed",
            "revised", "abolished", "open", "contents", "note");

    private ReportWording() {
    }

    /** 内容: the first names of the line's plan, and that there are more. */
    static BilingualText contents(ProgressReport.Row row) {
        return inBoth(locale -> {
            String names = String.join(text(locale, "progress.contents.separator"), row.contents());
            return row.moreContents() > 0 ? text(locale, "progress.contents.more", names, row.moreContents())
                    : names;
        });
    }

    /** 備考: the reasons of the line's revisions; with how many each when not every planned procedure was revised. */
    static BilingualText note(ProgressReport.Row row) {
        return inBoth(locale -> {
            List<String> reasons = new ArrayList<>();
            for (ProgressReport.RevisionGroup group : row.revisions()) {
                String reason = group.reason() == RevisionReason.OTHER && !group.notes().isEmpty()
                        ? String.join(text(locale, "progress.note.notes-separator"), group.notes())
                        : BilingualText.of(group.reason().label()).in(locale);
                reasons.add(group.count() == row.counts().planned() ? reason
                        : text(locale, "progress.note.some-revised", group.count(), reason));
            }
            return String.join(text(locale, "progress.note.separator"), reasons);
        });
    }

    /** What is wrong with a printed line, one sentence per finding. */
    static List<BilingualText> explanations(Reconciliation.RowCheck row) {
        ProgressCounts printed = row.printed().counts();
        ProgressCounts derived = row.derived();
        List<BilingualText> explanations = new ArrayList<>();
        for (Reconciliation.Finding finding : row.findings()) {
            explanations.add(inBoth(locale -> switch (finding) {
                case UNBALANCED -> text(locale, "reconciliation.unbalanced", printed.planned(), printed.completed(),
                        printed.revised(), row.unaccounted());
                case DIFFERS_FROM_RECORDS -> text(locale, "reconciliation.differs-from-records", derived.planned(),
                        derived.completed(), derived.revised());
                case UNKNOWN_DEPARTMENT -> text(locale, "reconciliation.unknown-department");
            }));
        }
        return explanations;
    }

    /** The header line of the progress report as CSV. */
    static List<String> progressCsvHeader(Locale locale) {
        return CSV_COLUMNS.stream().map(column -> text(locale, "progress.csv." + column)).toList();
    }

    /** The fiscal year as the CSV's first column gives it, in both its forms. */
    static String fiscalYear(FiscalYear year, Locale locale) {
        return text(locale, "progress.csv.fiscal-year-label", year.eraLabel(), year.gregorianLabel(),
                year.eraLabelEn());
    }

    /** The name of the totals line (計). */
    static String total(Locale locale) {
        return text(locale, "progress.csv.total");
    }

    private static BilingualText inBoth(Function<Locale, String> wording) {
        return new BilingualText(wording.apply(Locale.JAPANESE), wording.apply(Locale.ENGLISH));
    }

    /** The formatted text of a key; numbers are written as they are, without grouping. */
    private static String text(Locale locale, String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, locale, ReportWording.class.getClassLoader(),
                PROPERTIES_ONLY).getString(key);
        Object[] texts = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            texts[i] = String.valueOf(arguments[i]);
        }
        return new MessageFormat(pattern, locale).format(texts);
    }
}
