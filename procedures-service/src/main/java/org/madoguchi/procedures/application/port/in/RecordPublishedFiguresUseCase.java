package org.madoguchi.procedures.application.port.in;

import java.time.LocalDate;
import java.util.List;

import org.madoguchi.procedures.domain.model.Actor;
import org.madoguchi.procedures.domain.model.FiscalYear;
import org.madoguchi.procedures.domain.model.PublishedProgress;

/**
 * Keeps figures the city printed (e.g. the 令和4年度 plan table) as printed, so that reports can flag
 * where they disagree with themselves or with the records. Procedure administrators only.
 */
public interface RecordPublishedFiguresUseCase {

    /** Stores a printed progress table, replacing the one of its fiscal year; department names are resolved. */
    PublishedProgress recordProgress(FiscalYear fiscalYear, List<PrintedRow> rows, PrintedRow totals, Actor actor);

    /** Whether a printed progress table of the fiscal year is stored. */
    boolean hasProgress(FiscalYear fiscalYear);

    /** Whether a printed number of online procedures with this label is stored. */
    boolean hasOnlineCount(String label);

    /** Stores a printed number of online procedures, replacing the one with the same label. */
    void recordOnlineCount(String label, LocalDate asOf, int count, String note, Actor actor);

    /**
     * One printed line.
     *
     * @param department department name as printed ({@code 計} for the totals)
     * @param planned    計画数
     * @param completed  完了
     * @param revised    対応見直し
     * @param contents   内容
     * @param note       remark
     */
    record PrintedRow(String department, int planned, int completed, int revised, String contents, String note) {
    }
}
