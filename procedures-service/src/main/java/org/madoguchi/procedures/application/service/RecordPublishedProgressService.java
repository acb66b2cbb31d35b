package org.madoguchi.procedures.application.service;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.procedures.application.port.in.RecordPublishedProgressCommand;
import org.madoguchi.procedures.application.port.in.RecordPublishedProgressCommand.PrintedRow;
import org.madoguchi.procedures.application.port.in.RecordPublishedProgressUseCase;
import org.madoguchi.procedures.application.port.out.Departments;
import org.madoguchi.procedures.application.port.out.PublishedFigures;
import org.madoguchi.procedures.domain.model.Department;
import org.madoguchi.procedures.domain.model.ProgressCounts;
import org.madoguchi.procedures.domain.model.PublishedProgress;

/** Keeps printed progress tables as printed, with the departments they name resolved. */
@ApplicationScoped
class RecordPublishedProgressService implements RecordPublishedProgressUseCase {

    private final PublishedFigures published;
    private final Departments departments;

    RecordPublishedProgressService(PublishedFigures published, Departments departments) {
        this.published = published;
        this.departments = departments;
    }

    @Override
    @Transactional
    public PublishedProgress record(RecordPublishedProgressCommand command) {
        command.actor().requireProcedureAdmin();
        List<PublishedProgress.Row> printed = new ArrayList<>();
        for (PrintedRow row : command.rows()) {
            String name = row.department().strip();
            Department department = departments.findByName(name).orElse(null);
            printed.add(new PublishedProgress.Row(name, department == null ? null : department.code(),
                    counts(row), row.contents(), row.note()));
        }
        PublishedProgress progress = new PublishedProgress(command.fiscalYear(), printed,
                command.totals() == null ? null : counts(command.totals()));
        published.saveProgress(progress);
        return progress;
    }

    private static ProgressCounts counts(PrintedRow row) {
        return ProgressCounts.printed(row.planned(), row.completed(), row.revised());
    }
}
