package org.madoguchi.applications.adapter.out.persistence;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.madoguchi.applications.application.port.out.HistoricalUsageFigures;
import org.madoguchi.applications.domain.model.HistoricalUsage;
import org.madoguchi.applications.domain.model.UsageCategory;
import org.madoguchi.applications.domain.model.UsageCategoryId;
import org.madoguchi.platform.calendar.FiscalYear;

/**
 * Imported usage figures in PostgreSQL ({@code historical_usage}): one row per category total and one per
 * breakdown row, in the order imported, under the categories of {@code usage_category}. A replacement takes the
 * year's advisory lock first, so that two imports of one year run one after the other.
 */
@ApplicationScoped
class HistoricalUsagePersistenceAdapter implements HistoricalUsageFigures {

    /** The first key of the advisory locks on imported years ("hist" in ASCII); the year is the second. */
    private static final int YEAR_LOCKS = 0x68697374;

    private final EntityManager em;
    private final Clock clock;

    HistoricalUsagePersistenceAdapter(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Override
    public Optional<HistoricalUsage> of(FiscalYear fiscalYear) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select h.category_id, c.name, c.name_en, h.item, h.submissions
                from historical_usage h join usage_category c on c.id = h.category_id
                where h.fiscal_year = :year order by h.position""")
                .setParameter("year", fiscalYear.startYear()).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<UUID, Tally> categories = new LinkedHashMap<>();
        for (Object[] row : rows) {
            UUID id = (UUID) row[0];
            Tally tally = categories.computeIfAbsent(id, key -> new Tally(
                    new UsageCategory(new UsageCategoryId(id), (String) row[1], (String) row[2])));
            long submissions = ((Number) row[4]).longValue();
            if (row[3] == null) {
                tally.total = submissions;
            } else {
                tally.items.add(new HistoricalUsage.Item((String) row[3], submissions));
            }
        }
        return Optional.of(new HistoricalUsage(fiscalYear,
                categories.values().stream().map(Tally::figures).toList()));
    }

    @Override
    public void replace(HistoricalUsage usage) {
        int year = usage.fiscalYear().startYear();
        em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(:locks, :year)) as locked")
                .setParameter("locks", YEAR_LOCKS).setParameter("year", year).getSingleResult();
        em.createNativeQuery("delete from historical_usage where fiscal_year = :year").setParameter("year", year)
                .executeUpdate();
        Instant now = clock.instant();
        int position = 0;
        for (HistoricalUsage.Category category : usage.categories()) {
            insert(year, ++position, category.category().id(), null, category.total(), now);
            for (HistoricalUsage.Item item : category.items()) {
                insert(year, ++position, category.category().id(), item.name(), item.submissions(), now);
            }
        }
    }

    private void insert(int year, int position, UsageCategoryId category, String item, long submissions,
            Instant at) {
        em.createNativeQuery("""
                insert into historical_usage (fiscal_year, position, category_id, item, submissions, imported_at)
                values (:year, :position, :category, :item, :submissions, :at)""")
                .setParameter("year", year).setParameter("position", position)
                .setParameter("category", category.value()).setParameter("item", item)
                .setParameter("submissions", submissions).setParameter("at", at).executeUpdate();
    }

    /** A category's rows while they are read. */
    private static final class Tally {

        private final UsageCategory category;
        private final List<HistoricalUsage.Item> items = new ArrayList<>();
        private long total;

        Tally(UsageCategory category) {
            this.category = category;
        }

        HistoricalUsage.Category figures() {
            return new HistoricalUsage.Category(category, total, items);
        }
    }
}
