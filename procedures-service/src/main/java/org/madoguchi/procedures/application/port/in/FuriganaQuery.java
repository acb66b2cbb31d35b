package org.madoguchi.procedures.application.port.in;

import java.util.List;

import org.madoguchi.platform.failure.InvalidInput;
import org.madoguchi.procedures.domain.model.Kana;

/**
 * The texts of a page to show with furigana: procedure names, form titles, labels, each with the reading the
 * registry stores for it when it has one. Up to {@value #MAX_ITEMS} texts of up to {@value #MAX_LENGTH} characters
 * each; every text that breaks these limits is reported at once, by its place in the list.
 *
 * @param items the texts, in the order the page shows them
 */
public record FuriganaQuery(List<Item> items) {

    /** Most texts at once. */
    public static final int MAX_ITEMS = 200;
    /** Most characters (code points) of a text, and of a stored reading. */
    public static final int MAX_LENGTH = 500;

    public FuriganaQuery {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        if (items == null) {
            errors.add("items", "not-blank");
        } else {
            if (items.size() > MAX_ITEMS) {
                errors.add("items", "too-many", MAX_ITEMS);
            }
            for (int i = 0; i < items.size(); i++) {
                check(errors, "items[" + i + "]", items.get(i));
            }
        }
        errors.throwIfAny();
        items = List.copyOf(items);
    }

    private static void check(InvalidInput.Collector errors, String path, Item item) {
        if (item == null) {
            errors.add(path, "not-blank");
            return;
        }
        if (item.text() == null) {
            errors.add(path + ".text", "not-blank");
        } else if (item.text().codePointCount(0, item.text().length()) > MAX_LENGTH) {
            errors.add(path + ".text", "too-long", MAX_LENGTH);
        }
        if (item.reading() != null && !item.reading().isBlank()) {
            if (item.reading().codePointCount(0, item.reading().length()) > MAX_LENGTH) {
                errors.add(path + ".reading", "too-long", MAX_LENGTH);
            } else if (Kana.toHiragana(item.reading()) == null) {
                errors.add(path + ".reading", "kana-only");
            }
        }
    }

    /**
     * One text.
     *
     * @param text    the text as the page shows it; may be empty (it has no segments then)
     * @param reading the よみがな the registry stores for the whole text, in hiragana or katakana; {@code null} or
     *                blank when it stores none
     */
    public record Item(String text, String reading) {
    }
}
