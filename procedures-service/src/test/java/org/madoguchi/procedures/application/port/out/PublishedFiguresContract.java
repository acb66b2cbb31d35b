package org.madoguchi.procedures.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.madoguchi.procedures.domain.model.Department;
import org.madoguchi.procedures.domain.model.FiscalYear;
import org.madoguchi.procedures.domain.model.ProgressCounts;
import org.madoguchi.procedures.domain.model.PublishedOnlineCount;
import org.madoguchi.procedures.domain.model.PublishedProgress;

/**
 * What every {@link PublishedFigures} store does: a printed progress report is read back line by line
 * as printed and replaced as a whole, printed online counts are read back oldest first and replaced by
 * label. The store may hold the seeded figures: assertions look at this test's years and labels.
 */
public abstract class PublishedFiguresContract {

    private static final FiscalYear YEAR = FiscalYear.of(2090);
    private static final FiscalYear OTHER_YEAR = FiscalYear.of(2091);
    private static final FiscalYear NEVER_PRINTED = FiscalYear.of(2092);

    private Department department;

    /** The store under test. */
    protected abstract PublishedFigures figures();

    /** Stores a department where printed lines must name a known one. */
    protected abstract void departmentExists(Department department);

    /** Starts what keeps this test's data apart from the others': nothing for a fake. */
    protected void beginTest() {
    }

    /** Discards what this test stored: nothing for a fake. */
    protected void endTest() {
    }

    @BeforeEach
    final void begin_with_a_department_of_its_own() {
        beginTest();
        department = RegistryExamples.department("印刷契約課", 900);
        departmentExists(department);
    }

    @AfterEach
    final void end() {
        endTest();
    }

    private PublishedProgress.Row line(String name, int planned, int completed, int revised) {
        return new PublishedProgress.Row(name, department.code(), ProgressCounts.printed(planned, completed, revised),
                "妊娠届、母子健康手帳再交付申請 など", "国の様式待ち");
    }

    @Test
    void a_printed_progress_report_is_read_back_line_by_line_with_its_totals() {
        PublishedProgress printed = new PublishedProgress(YEAR, List.of(line(department.name(), 5, 4, 1),
                new PublishedProgress.Row("旧組織の課", null, ProgressCounts.printed(2, 0, 0), null, null),
                line(department.name(), 3, 3, 0)), ProgressCounts.printed(10, 7, 1));

        figures().saveProgress(printed);

        assertThat(figures().progress(YEAR)).contains(printed);
    }

    @Test
    void a_report_printed_without_totals_is_read_back_without_them() {
        PublishedProgress printed = new PublishedProgress(YEAR, List.of(line(department.name(), 5, 1, 0)), null);

        figures().saveProgress(printed);

        assertThat(figures().progress(YEAR)).hasValueSatisfying(p -> {
            assertThat(p).isEqualTo(printed);
            assertThat(p.totals()).isNull();
        });
    }

    @Test
    void only_the_printed_columns_of_a_line_are_kept_and_the_open_ones_follow_from_them() {
        PublishedProgress.Row counted = new PublishedProgress.Row(department.name(), department.code(),
                new ProgressCounts(5, 1, 0, 2, 2), null, null);

        figures().saveProgress(new PublishedProgress(YEAR, List.of(counted), new ProgressCounts(5, 1, 0, 2, 2)));

        assertThat(figures().progress(YEAR)).hasValueSatisfying(p -> {
            assertThat(p.rows()).extracting(PublishedProgress.Row::counts)
                    .containsExactly(new ProgressCounts(5, 1, 0, 0, 4));
            assertThat(p.totals()).isEqualTo(ProgressCounts.printed(5, 1, 0));
        });
    }

    @Test
    void printing_a_year_again_replaces_every_line_of_it_and_leaves_other_years_alone() {
        PublishedProgress other = new PublishedProgress(OTHER_YEAR, List.of(line("他年度の課", 1, 1, 0)), null);
        figures().saveProgress(other);
        figures().saveProgress(new PublishedProgress(YEAR, List.of(line("一課", 1, 0, 0), line("二課", 2, 0, 0),
                line("三課", 3, 0, 0)), ProgressCounts.printed(6, 0, 0)));
        PublishedProgress reprinted = new PublishedProgress(YEAR, List.of(line("一課", 1, 1, 0)), null);

        figures().saveProgress(reprinted);

        assertThat(figures().progress(YEAR)).contains(reprinted);
        assertThat(figures().progress(OTHER_YEAR)).contains(other);
    }

    @Test
    void a_year_nobody_printed_figures_for_has_none() {
        figures().saveProgress(new PublishedProgress(YEAR, List.of(line("一課", 1, 0, 0)), null));

        assertThat(figures().progress(NEVER_PRINTED)).isEmpty();
    }

    @Test
    void printed_online_counts_are_read_back_oldest_first() {
        String label = RegistryExamples.unique();
        PublishedOnlineCount march = new PublishedOnlineCount(label + "令和72年3月", LocalDate.of(2090, 3, 31), 1015,
                "様式数とは一致しない");
        PublishedOnlineCount before = new PublishedOnlineCount(label + "令和72年3月以前", LocalDate.of(2090, 2, 28), 239,
                null);
        PublishedOnlineCount yearEnd = new PublishedOnlineCount(label + "令和72年度末", LocalDate.of(2091, 3, 31), 1060,
                "45手続き増加");
        figures().saveOnlineCount(march);
        figures().saveOnlineCount(yearEnd);
        figures().saveOnlineCount(before);
        Set<String> ours = Set.of(march.label(), before.label(), yearEnd.label());

        List<PublishedOnlineCount> counts = figures().onlineCounts();

        assertThat(counts).isSortedAccordingTo(Comparator.comparing(PublishedOnlineCount::asOf));
        assertThat(counts).filteredOn(c -> ours.contains(c.label())).containsExactly(before, march, yearEnd);
        assertThat(before.note()).isEmpty();
    }

    @Test
    void a_count_printed_again_under_its_label_replaces_the_earlier_one() {
        String label = RegistryExamples.unique() + "令和72年度末";
        figures().saveOnlineCount(new PublishedOnlineCount(label, LocalDate.of(2091, 3, 31), 1000, "速報値"));
        PublishedOnlineCount corrected = new PublishedOnlineCount(label, LocalDate.of(2091, 3, 30), 1060, "確定値");

        figures().saveOnlineCount(corrected);

        assertThat(figures().onlineCounts()).filteredOn(c -> c.label().equals(label)).containsExactly(corrected);
    }
}
