package org.madoguchi.procedures.application.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.procedures.application.port.in.ReportProgressQuery;
import org.madoguchi.procedures.application.port.out.Departments;
import org.madoguchi.procedures.application.port.out.Procedures;
import org.madoguchi.procedures.application.port.out.PublishedFigures;
import org.madoguchi.procedures.domain.model.FiscalYear;
import org.madoguchi.procedures.domain.model.NotFound;
import org.madoguchi.procedures.domain.model.PlanOutcome;
import org.madoguchi.procedures.domain.model.PlannedProcedure;
import org.madoguchi.procedures.domain.model.ProgressReport;
import org.madoguchi.procedures.domain.model.PublishedOnlineCount;
import org.madoguchi.procedures.domain.model.PublishedProgress;
import org.madoguchi.procedures.domain.model.Reconciliation;

/** Derives the progress reports from the procedures' status histories. */
@ApplicationScoped
class ReportProgressService implements ReportProgressQuery {

    private final Procedures procedures;
    private final Departments departments;
    private final PublishedFigures published;
    private final Clock clock;

    ReportProgressService(Procedures procedures, Departments departments, PublishedFigures published, Clock clock) {
        this.procedures = procedures;
        this.departments = departments;
        this.published = published;
        this.clock = clock;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public ProgressReport progress(FiscalYear fiscalYear) {
        List<PlannedProcedure> planned = new ArrayList<>();
        for (Procedures.StatusHistory history : procedures.plannedFor(fiscalYear)) {
            Optional<PlanOutcome.Outcome> outcome = PlanOutcome.of(history.statuses(), fiscalYear);
            outcome.ifPresent(o -> planned.add(new PlannedProcedure(history.procedure().code(),
                    history.procedure().details().name(), history.procedure().department(), o)));
        }
        return ProgressReport.compile(fiscalYear, planned, departments.all());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public long onlineOn(LocalDate day) {
        return procedures.countOnlineOn(day);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OnlineCount> onlineThrough(FiscalYear fiscalYear) {
        List<OnlineCount> counts = new ArrayList<>();
        LocalDate before = fiscalYear.firstDay().minusDays(1);
        counts.add(new OnlineCount(before, procedures.countOnlineOn(before)));
        YearMonth month = YearMonth.from(fiscalYear.firstDay());
        for (int i = 0; i < 12; i++, month = month.plusMonths(1)) {
            LocalDate end = month.atEndOfMonth();
            counts.add(new OnlineCount(end, procedures.countOnlineOn(end)));
        }
        return counts;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Reconciliation reconcile(FiscalYear fiscalYear) {
        PublishedProgress printed = published.progress(fiscalYear)
                .orElseThrow(() -> new NotFound(NotFound.What.PUBLISHED_FIGURES, fiscalYear.gregorianLabel()));
        return Reconciliation.check(printed, progress(fiscalYear), LocalDate.now(clock));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OnlineCountCheck> checkPublishedOnlineCounts() {
        List<OnlineCountCheck> checks = new ArrayList<>();
        for (PublishedOnlineCount count : published.onlineCounts()) {
            checks.add(new OnlineCountCheck(count, procedures.countOnlineOn(count.asOf())));
        }
        return checks;
    }
}
