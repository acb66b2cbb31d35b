package org.madoguchi.applications.domain.model;

import java.util.Objects;
import java.util.Optional;

import org.madoguchi.platform.failure.InvalidInput;

/**
 * 集計区分: a heading of the usage statistics (利用実績) under which several forms are counted together, each
 * form a breakdown row (内訳) of it; e.g. 保健所業務（コロナ） with its contact-centre registration, home-care
 * certificate and vaccination voucher forms. A form in no category counts as a category of its own, named by
 * its title. Two names that differ only in full- and half-width forms are the same category ({@link #key()}).
 *
 * @param id     its id
 * @param name   Japanese name, one line of at most 200 characters
 * @param nameEn English name; {@code null} when nobody gave one
 */
public record UsageCategory(UsageCategoryId id, String name, String nameEn) {

    public UsageCategory {
        Objects.requireNonNull(id, "id");
        InvalidInput.Collector errors = new InvalidInput.Collector();
        name = UsageText.name(errors, "name", name, true);
        nameEn = UsageText.name(errors, "nameEn", nameEn, false);
        errors.throwIfAny();
    }

    /** A new category with an id of its own. */
    public static UsageCategory create(String name, String nameEn) {
        return new UsageCategory(UsageCategoryId.random(), name, nameEn);
    }

    /** The same category under another name. */
    public UsageCategory renamed(String newName, String newNameEn) {
        return new UsageCategory(id, newName, newNameEn);
    }

    /**
     * A category name as it is stored.
     *
     * @throws InvalidInput naming the rule it breaks (blank, too long, more than one line, a control character)
     */
    public static String validName(String name) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        String valid = UsageText.name(errors, "", name, true);
        errors.throwIfAny();
        return valid;
    }

    /** The key its name is compared by: names with the same key are one category. */
    public String key() {
        return keyOf(name);
    }

    /** The key of a name, as {@link #key()} compares it. */
    public static String keyOf(String name) {
        return UsageText.key(name);
    }

    public Optional<String> englishName() {
        return Optional.ofNullable(nameEn);
    }
}
