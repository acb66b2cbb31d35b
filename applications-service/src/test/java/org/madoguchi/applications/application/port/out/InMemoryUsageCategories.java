package org.madoguchi.applications.application.port.out;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.madoguchi.applications.domain.model.FormId;
import org.madoguchi.applications.domain.model.UsageCategory;
import org.madoguchi.applications.domain.model.UsageCategoryId;

/** {@link UsageCategories} in memory, held to {@link UsageCategoriesContract} like the PostgreSQL adapter. */
public final class InMemoryUsageCategories implements UsageCategories {

    /** Names in the order of their code points, as the PostgreSQL adapter lists them. */
    private static final Comparator<String> CODE_POINT_ORDER = (a, b) -> Arrays.compare(a.codePoints().toArray(),
            b.codePoints().toArray());

    private final Map<UsageCategoryId, UsageCategory> categories = new LinkedHashMap<>();
    private final Map<FormId, UsageCategoryId> forms = new HashMap<>();

    @Override
    public boolean add(UsageCategory category) {
        if (categories.containsKey(category.id()) || taken(category)) {
            return false;
        }
        categories.put(category.id(), category);
        return true;
    }

    @Override
    public boolean update(UsageCategory category) {
        if (!categories.containsKey(category.id()) || taken(category)) {
            return false;
        }
        categories.put(category.id(), category);
        return true;
    }

    @Override
    public Optional<UsageCategory> find(UsageCategoryId id) {
        return Optional.ofNullable(categories.get(id));
    }

    @Override
    public Optional<UsageCategory> findByName(String name) {
        String key = UsageCategory.keyOf(name);
        return categories.values().stream().filter(c -> c.key().equals(key)).findFirst();
    }

    @Override
    public List<UsageCategory> all() {
        return categories.values().stream().sorted(Comparator.comparing(UsageCategory::name, CODE_POINT_ORDER))
                .toList();
    }

    @Override
    public void assign(FormId form, UsageCategoryId category) {
        if (!categories.containsKey(category)) {
            throw new IllegalArgumentException("no stored category " + category);
        }
        forms.put(form, category);
    }

    @Override
    public boolean remove(FormId form, UsageCategoryId category) {
        return forms.remove(form, category);
    }

    @Override
    public Map<FormId, UsageCategoryId> assignments() {
        return Map.copyOf(forms);
    }

    private boolean taken(UsageCategory category) {
        return categories.values().stream()
                .anyMatch(other -> !other.id().equals(category.id()) && other.key().equals(category.key()));
    }
}
