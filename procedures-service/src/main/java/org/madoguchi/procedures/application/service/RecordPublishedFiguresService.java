package org.madoguchi.procedures.application.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.platform.failure.InvalidInput;
import org.madoguchi.procedures.application.port.in.RecordPublishedFiguresUseCase;
import org.madoguchi.procedures.application.port.out.Departments;
import org.madoguchi.procedures.application.port.out.PublishedFigures;
import org.madoguchi.procedures.domain.model.Actor;
import org.madoguchi.procedures.domain.model.Department;
import org.madoguchi.procedures.domain.model.FiscalYear;
import org.madoguchi.procedures.domain.model.ProgressCounts;
import org.madoguchi.procedures.domain.model.PublishedOnlineCount;
import org.madoguchi.procedures.domain.model.PublishedProgress;

/** Keeps printed figures as printed. */
@ApplicationScoped
class RecordPublishedFiguresService implements RecordPublishedFiguresUseCase {

    private final PublishedFigures published;
    private final Departments departments;

    RecordPublishedFiguresService(PublishedFigures published, Departments departments) {
        this.published = published;
        this.departments = departments;
    }

    @Override
    @Transactional
    public PublishedProgress recordProgress(FiscalYear fiscalYear, List<PrintedRow> rows, PrintedRow totals,
            Actor actor) {
        actor.requireProcedureAdmin();
        InvalidInput.Collector errors = new InvalidInput.Collector();
        List<PublishedProgress.Row> printed = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            PrintedRow row = rows.get(i);
            String at = "rows[" + i + "]";
            if (row.department() == null || row.department().isBlank()) {
                errors.add(at + ".department", "not-blank");
                continue;
            }
            if (row.planned() < 0 || row.completed() < 0 || row.revised() < 0) {
                errors.add(at, "negative-count");
                continue;
            }
            String name = row.department().strip();
            Department department = departments.findByName(name).orElse(null);
            printed.add(new PublishedProgress.Row(name, department == null ? null : department.code(),
                    ProgressCounts.printed(row.planned(), row.completed(), row.revised()), row.contents(), row.note()));
        }
        if (totals != null && (totals.planned() < 0 || totals.completed() < 0 || totals.revised() < 0)) {
            errors.add("totals", "negative-count");
        }
        errors.throwIfAny();
        PublishedProgress progress = new PublishedProgress(fiscalYear, printed, totals == null ? null
                : ProgressCounts.printed(totals.planned(), totals.completed(), totals.revised()));
        published.saveProgress(progress);
        return progress;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean hasProgress(FiscalYear fiscalYear) {
        return published.progress(fiscalYear).isPresent();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean hasOnlineCount(String label) {
        return published.onlineCounts().stream().anyMatch(c -> c.label().equals(label));
    }

    @Override
    @Transactional
    public void recordOnlineCount(String label, LocalDate asOf, int count, String note, Actor actor) {
        actor.requireProcedureAdmin();
        InvalidInput.Collector errors = new InvalidInput.Collector();
        if (label == null || label.isBlank()) {
            errors.add("label", "not-blank");
        }
        if (asOf == null) {
            errors.add("asOf", "not-blank");
        }
        if (count < 0) {
            errors.add("count", "negative-count");
        }
        errors.throwIfAny();
        published.saveOnlineCount(new PublishedOnlineCount(label.strip(), asOf, count, note));
    }
}
