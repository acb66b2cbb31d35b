package org.madoguchi.procedures.adapter.out.persistence;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.madoguchi.procedures.application.port.out.PublishedFigures;
import org.madoguchi.procedures.domain.model.DepartmentCode;
import org.madoguchi.procedures.domain.model.FiscalYear;
import org.madoguchi.procedures.domain.model.ProgressCounts;
import org.madoguchi.procedures.domain.model.PublishedOnlineCount;
import org.madoguchi.procedures.domain.model.PublishedProgress;

/** Printed figures in PostgreSQL ({@code published_progress}, {@code published_online_count}). */
@ApplicationScoped
class PublishedFiguresPersistenceAdapter implements PublishedFigures {

    private final EntityManager em;

    PublishedFiguresPersistenceAdapter(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<PublishedProgress> progress(FiscalYear fiscalYear) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select department_name, department_code, planned, completed, revised, contents, note, is_total
                from published_progress where fiscal_year = :year order by line""")
                .setParameter("year", fiscalYear.startYear()).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<PublishedProgress.Row> lines = new ArrayList<>();
        ProgressCounts totals = null;
        for (Object[] row : rows) {
            ProgressCounts counts = ProgressCounts.printed(((Number) row[2]).intValue(), ((Number) row[3]).intValue(),
                    ((Number) row[4]).intValue());
            if ((Boolean) row[7]) {
                totals = counts;
            } else {
                lines.add(new PublishedProgress.Row((String) row[0],
                        row[1] == null ? null : new DepartmentCode((String) row[1]), counts, (String) row[5],
                        (String) row[6]));
            }
        }
        return Optional.of(new PublishedProgress(fiscalYear, lines, totals));
    }

    @Override
    public void saveProgress(PublishedProgress progress) {
        int year = progress.fiscalYear().startYear();
        em.createNativeQuery("delete from published_progress where fiscal_year = :year").setParameter("year", year)
                .executeUpdate();
        int line = 0;
        for (PublishedProgress.Row row : progress.rows()) {
            insert(year, ++line, row.departmentName(), row.department() == null ? null : row.department().value(),
                    row.counts(), row.contents(), row.note(), false);
        }
        if (progress.totals() != null) {
            insert(year, ++line, "計", null, progress.totals(), null, null, true);
        }
    }

    private void insert(int year, int line, String name, String code, ProgressCounts counts, String contents,
            String note, boolean total) {
        em.createNativeQuery("""
                insert into published_progress
                    (fiscal_year, line, department_name, department_code, planned, completed, revised, contents, note, is_total)
                values (:year, :line, :name, :code, :planned, :completed, :revised, :contents, :note, :total)""")
                .setParameter("year", year).setParameter("line", line).setParameter("name", name)
                .setParameter("code", code).setParameter("planned", counts.planned())
                .setParameter("completed", counts.completed()).setParameter("revised", counts.revised())
                .setParameter("contents", contents).setParameter("note", note).setParameter("total", total)
                .executeUpdate();
    }

    @Override
    public List<PublishedOnlineCount> onlineCounts() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "select label, as_of, count, note from published_online_count order by as_of, label").getResultList();
        List<PublishedOnlineCount> counts = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            LocalDate asOf = row[1] instanceof LocalDate date ? date : ((Date) row[1]).toLocalDate();
            counts.add(new PublishedOnlineCount((String) row[0], asOf, ((Number) row[2]).intValue(), (String) row[3]));
        }
        return counts;
    }

    @Override
    public void saveOnlineCount(PublishedOnlineCount count) {
        em.createNativeQuery("""
                insert into published_online_count (label, as_of, count, note) values (:label, :asOf, :count, :note)
                on conflict (label) do update set as_of = excluded.as_of, count = excluded.count, note = excluded.note""")
                .setParameter("label", count.label()).setParameter("asOf", count.asOf())
                .setParameter("count", count.count()).setParameter("note", count.note()).executeUpdate();
    }
}
