package org.madoguchi.applications.adapter.out.persistence;

import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.madoguchi.applications.application.port.out.UsageCategories;
import org.madoguchi.applications.domain.model.FormId;
import org.madoguchi.applications.domain.model.UsageCategory;
import org.madoguchi.applications.domain.model.UsageCategoryId;

/**
 * Usage categories in PostgreSQL ({@code usage_category}, {@code usage_category_form}). Changes of names take a
 * transaction-scoped advisory lock, so that two at once cannot both take one name: the second sees the first's.
 */
@ApplicationScoped
class UsageCategoryPersistenceAdapter implements UsageCategories {

    /** The key of the advisory lock on category names: "usage" in ASCII. */
    private static final long NAMES_LOCK = 0x7573616765L;

    /** Names in the order of their code points, whatever the database's collation. */
    private static final Comparator<String> CODE_POINT_ORDER = (a, b) -> Arrays.compare(a.codePoints().toArray(),
            b.codePoints().toArray());

    private final EntityManager em;
    private final Clock clock;

    UsageCategoryPersistenceAdapter(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Override
    public boolean add(UsageCategory category) {
        lockNames();
        if (nameTaken(category)) {
            return false;
        }
        UsageCategoryEntity entity = new UsageCategoryEntity();
        entity.id = category.id().value();
        entity.createdAt = clock.instant();
        copy(category, entity);
        em.persist(entity);
        em.flush();
        em.detach(entity);
        return true;
    }

    @Override
    public boolean update(UsageCategory category) {
        lockNames();
        UsageCategoryEntity entity = em.find(UsageCategoryEntity.class, category.id().value());
        if (entity == null || nameTaken(category)) {
            return false;
        }
        copy(category, entity);
        em.flush();
        em.detach(entity);
        return true;
    }

    @Override
    public Optional<UsageCategory> find(UsageCategoryId id) {
        return Optional.ofNullable(em.find(UsageCategoryEntity.class, id.value())).map(this::toDomainDetached);
    }

    @Override
    public Optional<UsageCategory> findByName(String name) {
        return em.createQuery("from UsageCategoryEntity where nameKey = :key", UsageCategoryEntity.class)
                .setParameter("key", UsageCategory.keyOf(name)).getResultStream().findFirst()
                .map(this::toDomainDetached);
    }

    @Override
    public List<UsageCategory> all() {
        return em.createQuery("from UsageCategoryEntity", UsageCategoryEntity.class).getResultList().stream()
                .map(this::toDomainDetached).sorted(Comparator.comparing(UsageCategory::name, CODE_POINT_ORDER))
                .toList();
    }

    @Override
    public void assign(FormId form, UsageCategoryId category) {
        em.createNativeQuery("""
                insert into usage_category_form (form_id, category_id, assigned_at) values (:form, :category, :at)
                on conflict (form_id) do update set category_id = excluded.category_id, assigned_at = excluded.assigned_at""")
                .setParameter("form", form.value()).setParameter("category", category.value())
                .setParameter("at", clock.instant()).executeUpdate();
    }

    @Override
    public boolean remove(FormId form, UsageCategoryId category) {
        return em.createQuery("delete from UsageCategoryFormEntity where formId = :form and categoryId = :category")
                .setParameter("form", form.value()).setParameter("category", category.value()).executeUpdate() > 0;
    }

    @Override
    public Map<FormId, UsageCategoryId> assignments() {
        Map<FormId, UsageCategoryId> assignments = new LinkedHashMap<>();
        em.createQuery("from UsageCategoryFormEntity order by formId", UsageCategoryFormEntity.class)
                .getResultStream().forEach(row -> {
                    assignments.put(new FormId(row.formId), new UsageCategoryId(row.categoryId));
                    em.detach(row);
                });
        return assignments;
    }

    private void lockNames() {
        em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(:lock)) as locked")
                .setParameter("lock", NAMES_LOCK).getSingleResult();
    }

    private boolean nameTaken(UsageCategory category) {
        return !em.createQuery("select c.id from UsageCategoryEntity c where c.nameKey = :key and c.id <> :id")
                .setParameter("key", category.key()).setParameter("id", category.id().value()).setMaxResults(1)
                .getResultList().isEmpty();
    }

    private static void copy(UsageCategory category, UsageCategoryEntity entity) {
        entity.name = category.name();
        entity.nameKey = category.key();
        entity.nameEn = category.nameEn();
    }

    private UsageCategory toDomainDetached(UsageCategoryEntity entity) {
        UsageCategory category = new UsageCategory(new UsageCategoryId(entity.id), entity.name, entity.nameEn);
        em.detach(entity);
        return category;
    }
}
