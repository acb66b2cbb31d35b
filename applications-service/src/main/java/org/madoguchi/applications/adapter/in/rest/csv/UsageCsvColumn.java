package org.madoguchi.applications.adapter.in.rest.csv;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of a usage file, each with its English and Japanese name (both are read; an export writes the
 * caller's language). These names are the file format, not wording: a file written in one language imports in
 * the other, and an exported report imports again as it is.
 */
enum UsageCsvColumn {
    FISCAL_YEAR("fiscal_year", "年度"),
    CATEGORY("category", "集計区分"),
    ITEM("item", "内訳"),
    SUBMISSIONS("submissions", "件数");

    /** The columns every file must have; a file without {@code item} has no breakdown rows. */
    static final List<UsageCsvColumn> REQUIRED = List.of(FISCAL_YEAR, CATEGORY, SUBMISSIONS);

    private static final Map<String, UsageCsvColumn> BY_NAME = new HashMap<>();

    static {
        for (UsageCsvColumn column : values()) {
            BY_NAME.put(column.en, column);
            BY_NAME.put(column.ja, column);
        }
    }

    final String en;
    final String ja;

    UsageCsvColumn(String en, String ja) {
        this.en = en;
        this.ja = ja;
    }

    /** The column a header names, in either language, whatever its width, (English) case or spacing. */
    static Optional<UsageCsvColumn> named(String header) {
        String name = Normalizer.normalize(header, Normalizer.Form.NFKC).strip();
        return Optional.ofNullable(BY_NAME.get(name)).or(() -> Optional.ofNullable(
                BY_NAME.get(name.toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_'))));
    }

    /** The column's name in the given language. */
    String header(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? en : ja;
    }
}
