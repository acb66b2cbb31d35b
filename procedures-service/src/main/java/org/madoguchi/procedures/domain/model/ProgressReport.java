package org.madoguchi.procedures.domain.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * オンライン化の進捗: a fiscal year's online-ization plan per department, derived from the
 * procedures' status histories: planned (計画数), completed (完了), revised (対応見直し), abolished,
 * still open, with the contents (内容) and the reasons of revisions, and the totals (計).
 *
 * @param fiscalYear the plan's fiscal year
 * @param rows       one per department with planned procedures, in the city's organisational order
 * @param totals     計: the sum of the rows
 */
public record ProgressReport(FiscalYear fiscalYear, List<Row> rows, ProgressCounts totals) {

    /** How many procedure names the contents column lists before it says "など". */
    public static final int CONTENT_NAMES = 2;

    public ProgressReport {
        Objects.requireNonNull(fiscalYear, "fiscalYear");
        rows = List.copyOf(rows);
        Objects.requireNonNull(totals, "totals");
    }

    /**
     * One department's line.
     *
     * @param department    the department
     * @param counts        its figures
     * @param contents      names of its first planned procedures (by code), for the contents column
     * @param moreContents  how many planned procedures the contents leave out
     * @param revisions     revisions grouped by reason, most frequent first
     */
    public record Row(Department department, ProgressCounts counts, List<String> contents, int moreContents,
            List<RevisionGroup> revisions) {

        public Row {
            contents = List.copyOf(contents);
            revisions = List.copyOf(revisions);
        }
    }

    /**
     * Revisions of one department for one reason.
     *
     * @param reason the reason
     * @param count  how many
     * @param notes  distinct free-text notes given with them
     */
    public record RevisionGroup(RevisionReason reason, int count, List<String> notes) {

        public RevisionGroup {
            notes = List.copyOf(notes);
        }
    }

    /**
     * Compiles the report from the procedures planned for the year.
     *
     * @param fiscalYear  the plan's fiscal year
     * @param planned     every procedure planned for it, with its outcome
     * @param departments the departments, to name and order the rows
     */
    public static ProgressReport compile(FiscalYear fiscalYear, List<PlannedProcedure> planned,
            List<Department> departments) {
        Map<DepartmentCode, Department> byCode = new LinkedHashMap<>();
        departments.forEach(d -> byCode.put(d.code(), d));
        Map<DepartmentCode, List<PlannedProcedure>> grouped = new LinkedHashMap<>();
        planned.stream().sorted(Comparator.comparing(p -> p.code().value()))
                .forEach(p -> grouped.computeIfAbsent(p.department(), d -> new ArrayList<>()).add(p));
        List<Row> rows = new ArrayList<>();
        ProgressCounts totals = ProgressCounts.ZERO;
        for (Map.Entry<DepartmentCode, List<PlannedProcedure>> entry : grouped.entrySet()) {
            Department department = byCode.get(entry.getKey());
            if (department == null) {
                throw new UnknownDepartment(entry.getKey().value());
            }
            Row row = row(department, entry.getValue());
            rows.add(row);
            totals = totals.plus(row.counts());
        }
        rows.sort(Comparator.comparingInt((Row r) -> r.department().rank())
                .thenComparing(r -> r.department().code().value()));
        return new ProgressReport(fiscalYear, rows, totals);
    }

    private static Row row(Department department, List<PlannedProcedure> procedures) {
        ProgressCounts counts = ProgressCounts.ZERO;
        Map<RevisionReason, List<OnlineStatus.Revised>> revisions = new EnumMap<>(RevisionReason.class);
        for (PlannedProcedure procedure : procedures) {
            counts = counts.with(procedure.outcome().kind());
            OnlineStatus.Revised revision = procedure.outcome().revision();
            if (revision != null) {
                revisions.computeIfAbsent(revision.reason(), r -> new ArrayList<>()).add(revision);
            }
        }
        List<String> contents = procedures.stream().limit(CONTENT_NAMES).map(PlannedProcedure::name).toList();
        List<RevisionGroup> groups = revisions.entrySet().stream()
                .map(e -> new RevisionGroup(e.getKey(), e.getValue().size(), e.getValue().stream()
                        .map(OnlineStatus.Revised::note).filter(Objects::nonNull).distinct().toList()))
                .sorted(Comparator.comparingInt(RevisionGroup::count).reversed())
                .toList();
        return new Row(department, counts, contents, procedures.size() - contents.size(), groups);
    }
}
