package org.madoguchi.procedures.application.port.in;

import java.time.LocalDate;
import java.util.List;

import org.madoguchi.procedures.domain.model.FiscalYear;
import org.madoguchi.procedures.domain.model.ProgressReport;
import org.madoguchi.procedures.domain.model.PublishedOnlineCount;
import org.madoguchi.procedures.domain.model.Reconciliation;

/** 進捗報告: the online-ization figures, derived from the procedure records, and checks of printed figures. */
public interface ReportProgressQuery {

    /** The fiscal year's plan per department: planned, completed, revised, abolished, open, with 計. */
    ProgressReport progress(FiscalYear fiscalYear);

    /** How many procedures were available online at the end of the day. */
    long onlineOn(LocalDate day);

    /** The number online at the end of each month of the fiscal year, and on the day before it began. */
    List<OnlineCount> onlineThrough(FiscalYear fiscalYear);

    /** The printed report of the fiscal year checked against itself and the records; {@code NotFound} without one. */
    Reconciliation reconcile(FiscalYear fiscalYear);

    /** The printed numbers of online procedures, each next to what the records give for its day. */
    List<OnlineCountCheck> checkPublishedOnlineCounts();

    /**
     * The number of online procedures at the end of a day.
     *
     * @param day   the day
     * @param count how many
     */
    record OnlineCount(LocalDate day, long count) {
    }

    /**
     * A printed number beside the derived one.
     *
     * @param published the printed figure
     * @param derived   what the records give for its day
     */
    record OnlineCountCheck(PublishedOnlineCount published, long derived) {

        public boolean agrees() {
            return published.count() == derived;
        }
    }
}
