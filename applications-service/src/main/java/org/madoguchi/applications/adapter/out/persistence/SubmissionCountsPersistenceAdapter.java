package org.madoguchi.applications.adapter.out.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.madoguchi.applications.application.port.out.SubmissionCounts;
import org.madoguchi.applications.domain.model.FormId;
import org.madoguchi.applications.domain.model.FormUsage;
import org.madoguchi.platform.calendar.FiscalYear;

/**
 * Live usage counted in PostgreSQL from {@code application} by fiscal year and form (index
 * {@code application_by_fiscal_year}), every status counted; the title is the one of the form's latest application.
 */
@ApplicationScoped
class SubmissionCountsPersistenceAdapter implements SubmissionCounts {

    private final EntityManager em;

    SubmissionCountsPersistenceAdapter(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<FormUsage> perForm(FiscalYear fiscalYear) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select form_id, count(*),
                       (array_agg(form_title order by submitted_at desc, id))[1],
                       (array_agg(form_title_en order by submitted_at desc, id))[1]
                from application where fiscal_year = :year
                group by form_id order by form_id""")
                .setParameter("year", fiscalYear.startYear()).getResultList();
        return rows.stream().map(row -> new FormUsage(new FormId((UUID) row[0]), (String) row[2], (String) row[3],
                ((Number) row[1]).longValue())).toList();
    }
}
