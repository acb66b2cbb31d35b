package org.madoguchi.applications.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.madoguchi.applications.domain.model.ApplicationStatus;
import org.madoguchi.applications.domain.model.FormId;
import org.madoguchi.applications.domain.model.FormUsage;
import org.madoguchi.platform.calendar.FiscalYear;

/**
 * What every {@link SubmissionCounts} does: each application of a form in the fiscal year counts once, whatever
 * became of it, under the title of the form's latest application. The store may hold other tests' applications:
 * assertions look at this test's forms, in fiscal years no other test submits in.
 */
public abstract class SubmissionCountsContract {

    private static final FiscalYear YEAR = FiscalYear.of(2095);
    private static final FiscalYear NEXT_YEAR = FiscalYear.of(2096);
    private static final Instant APRIL = Instant.parse("2095-04-10T01:00:00Z");

    private FormId survey;
    private FormId campaign;

    /** The counts under test. */
    protected abstract SubmissionCounts counts();

    /** An application of the form with this title, in this fiscal year, submitted then, with this status now. */
    protected abstract void submitted(FormId form, String title, String titleEn, FiscalYear fiscalYear,
            Instant at, ApplicationStatus status);

    /** Starts what keeps this test's data apart from the others': nothing for a fake. */
    protected void beginTest() {
    }

    /** Discards what this test stored: nothing for a fake. */
    protected void endTest() {
    }

    @BeforeEach
    final void begin_with_forms_of_its_own() {
        beginTest();
        survey = new FormId(UUID.randomUUID());
        campaign = new FormId(UUID.randomUUID());
    }

    @AfterEach
    final void end() {
        endTest();
    }

    @Test
    void every_application_of_a_form_counts_once_whatever_became_of_it() {
        Instant at = APRIL;
        for (ApplicationStatus status : ApplicationStatus.values()) {
            submitted(survey, "マイナポイント申請支援窓口アンケート", "My Number Point survey", YEAR, at, status);
            at = at.plusSeconds(60);
        }
        submitted(campaign, "公式LINE登録キャンペーン", null, YEAR, at, ApplicationStatus.WITHDRAWN);

        assertThat(counts().perForm(YEAR)).filteredOn(usage -> usage.form().equals(survey)
                || usage.form().equals(campaign)).containsExactlyInAnyOrder(
                        new FormUsage(survey, "マイナポイント申請支援窓口アンケート", "My Number Point survey",
                                ApplicationStatus.values().length),
                        new FormUsage(campaign, "公式LINE登録キャンペーン", null, 1));
    }

    @Test
    void only_the_applications_of_the_fiscal_year_count() {
        submitted(survey, "アンケート", null, YEAR, APRIL, ApplicationStatus.SUBMITTED);
        submitted(survey, "アンケート", null, NEXT_YEAR, APRIL.plusSeconds(366L * 24 * 3600),
                ApplicationStatus.SUBMITTED);
        submitted(survey, "アンケート", null, NEXT_YEAR, APRIL.plusSeconds(367L * 24 * 3600),
                ApplicationStatus.COMPLETED);

        assertThat(counts().perForm(YEAR)).filteredOn(usage -> usage.form().equals(survey))
                .extracting(FormUsage::submissions).containsExactly(1L);
        assertThat(counts().perForm(NEXT_YEAR)).filteredOn(usage -> usage.form().equals(survey))
                .extracting(FormUsage::submissions).containsExactly(2L);
    }

    @Test
    void a_form_is_named_by_the_title_its_latest_application_answered() {
        submitted(campaign, "LINE登録キャンペーン（仮）", null, YEAR, APRIL.plusSeconds(3600),
                ApplicationStatus.COMPLETED);
        submitted(campaign, "鳥取市公式LINE登録ありがとうキャンペーン", "Official LINE sign-up campaign", YEAR,
                APRIL.plusSeconds(7200), ApplicationStatus.SUBMITTED);
        submitted(campaign, "LINE登録キャンペーン（仮）", null, YEAR, APRIL, ApplicationStatus.REJECTED);

        assertThat(counts().perForm(YEAR)).filteredOn(usage -> usage.form().equals(campaign)).containsExactly(
                new FormUsage(campaign, "鳥取市公式LINE登録ありがとうキャンペーン", "Official LINE sign-up campaign", 3));
    }
}
