package org.madoguchi.applications.adapter.out.persistence;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.persistence.EntityManager;

import org.madoguchi.applications.domain.model.ApplicationStatus;
import org.madoguchi.applications.domain.model.FormId;
import org.madoguchi.platform.calendar.FiscalYear;

/**
 * Rows of {@code application} (and the {@code form_version} they refer to) as the statistics read them, written
 * straight into the schema: the statistics count applications, however they came to be.
 */
public final class ApplicationRows {

    private ApplicationRows() {
    }

    /** An application of the form in the fiscal year, in the caller's transaction. */
    public static void insert(EntityManager em, FormId form, String title, String titleEn, FiscalYear fiscalYear,
            Instant at, ApplicationStatus status) {
        em.createNativeQuery("""
                insert into form_version (form_id, version, kind, department_code, title, title_en, fields,
                                          accepts_anonymous, recorded_at)
                values (:form, 1, 'SURVEY', 'joho-seisaku', :title, :titleEn, cast('[]' as jsonb), false, :at)
                on conflict do nothing""")
                .setParameter("form", form.value()).setParameter("title", title).setParameter("titleEn", titleEn)
                .setParameter("at", at).executeUpdate();
        long sequence = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        em.createNativeQuery("""
                insert into application (id, fiscal_year, receipt_sequence, receipt_number, form_id, form_version,
                                         department_code, form_title, form_title_en, applicant_subject, answers,
                                         status, submitted_at, version, updated_at)
                values (:id, :year, :sequence, :number, :form, 1, 'joho-seisaku', :title, :titleEn, 'statistics-test',
                        cast('{}' as jsonb), :status, :at, 1, :at)""")
                .setParameter("id", UUID.randomUUID()).setParameter("year", fiscalYear.startYear())
                .setParameter("sequence", sequence).setParameter("number", "TEST-" + UUID.randomUUID())
                .setParameter("form", form.value()).setParameter("title", title).setParameter("titleEn", titleEn)
                .setParameter("status", status.name()).setParameter("at", at).executeUpdate();
    }
}
