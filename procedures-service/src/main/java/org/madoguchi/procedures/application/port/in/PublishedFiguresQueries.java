package org.madoguchi.procedures.application.port.in;

import org.madoguchi.procedures.domain.model.FiscalYear;

/** Which printed figures the registry keeps, so that figures are recorded once. */
public interface PublishedFiguresQueries {

    /** Whether a printed progress table of the fiscal year is stored. */
    boolean hasProgress(FiscalYear fiscalYear);

    /** Whether a printed number of online procedures with this label is stored. */
    boolean hasOnlineCount(String label);
}
