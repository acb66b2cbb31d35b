package org.madoguchi.applications.application.port.out;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.madoguchi.applications.domain.model.FormId;
import org.madoguchi.applications.domain.model.FormUsage;
import org.madoguchi.platform.calendar.FiscalYear;

/**
 * {@link SubmissionCounts} in memory, held to {@link SubmissionCountsContract} like the PostgreSQL adapter: it
 * counts the applications it is told of.
 */
public final class InMemorySubmissionCounts implements SubmissionCounts {

    private final List<Submitted> applications = new ArrayList<>();

    /** An application of the form in the fiscal year, whatever its status now. */
    public void submitted(FormId form, String title, String titleEn, FiscalYear fiscalYear, Instant at) {
        applications.add(new Submitted(form, title, titleEn, fiscalYear, at));
    }

    @Override
    public List<FormUsage> perForm(FiscalYear fiscalYear) {
        Map<FormId, List<Submitted>> byForm = new LinkedHashMap<>();
        applications.stream().filter(a -> a.fiscalYear().equals(fiscalYear))
                .forEach(a -> byForm.computeIfAbsent(a.form(), form -> new ArrayList<>()).add(a));
        return byForm.entrySet().stream().map(entry -> {
            Submitted latest = entry.getValue().stream().max(Comparator.comparing(Submitted::at)).orElseThrow();
            return new FormUsage(entry.getKey(), latest.title(), latest.titleEn(), entry.getValue().size());
        }).toList();
    }

    private record Submitted(FormId form, String title, String titleEn, FiscalYear fiscalYear, Instant at) {
    }
}
