package org.madoguchi.procedures.application.port.out;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.madoguchi.procedures.domain.model.FiscalYear;
import org.madoguchi.procedures.domain.model.ProgressCounts;
import org.madoguchi.procedures.domain.model.PublishedOnlineCount;
import org.madoguchi.procedures.domain.model.PublishedProgress;

/**
 * {@link PublishedFigures} in memory, held to {@link PublishedFiguresContract} like the PostgreSQL adapter:
 * it keeps only the printed columns of each line, as the printed table has only those.
 */
public final class InMemoryPublishedFigures implements PublishedFigures {

    private final Map<FiscalYear, PublishedProgress> progress = new HashMap<>();
    private final Map<String, PublishedOnlineCount> onlineCounts = new HashMap<>();

    @Override
    public Optional<PublishedProgress> progress(FiscalYear fiscalYear) {
        return Optional.ofNullable(progress.get(fiscalYear));
    }

    @Override
    public void saveProgress(PublishedProgress printed) {
        List<PublishedProgress.Row> rows = printed.rows().stream().map(r -> new PublishedProgress.Row(
                r.departmentName(), r.department(), asPrinted(r.counts()), r.contents(), r.note())).toList();
        if (rows.isEmpty() && printed.totals() == null) {
            progress.remove(printed.fiscalYear());
        } else {
            progress.put(printed.fiscalYear(), new PublishedProgress(printed.fiscalYear(), rows,
                    printed.totals() == null ? null : asPrinted(printed.totals())));
        }
    }

    @Override
    public List<PublishedOnlineCount> onlineCounts() {
        return onlineCounts.values().stream().sorted(Comparator.comparing(PublishedOnlineCount::asOf)
                .thenComparing(PublishedOnlineCount::label)).toList();
    }

    @Override
    public void saveOnlineCount(PublishedOnlineCount count) {
        onlineCounts.put(count.label(), count);
    }

    private static ProgressCounts asPrinted(ProgressCounts counts) {
        return ProgressCounts.printed(counts.planned(), counts.completed(), counts.revised());
    }
}
