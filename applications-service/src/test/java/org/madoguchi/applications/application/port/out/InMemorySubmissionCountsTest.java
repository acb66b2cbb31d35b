package org.madoguchi.applications.application.port.out;

import java.time.Instant;

import org.madoguchi.applications.domain.model.ApplicationStatus;
import org.madoguchi.applications.domain.model.FormId;
import org.madoguchi.platform.calendar.FiscalYear;

/** The in-memory fake of {@link SubmissionCounts} keeps the contract the PostgreSQL adapter keeps. */
class InMemorySubmissionCountsTest extends SubmissionCountsContract {

    private final InMemorySubmissionCounts counts = new InMemorySubmissionCounts();

    @Override
    protected SubmissionCounts counts() {
        return counts;
    }

    @Override
    protected void submitted(FormId form, String title, String titleEn, FiscalYear fiscalYear, Instant at,
            ApplicationStatus status) {
        counts.submitted(form, title, titleEn, fiscalYear, at);
    }
}
