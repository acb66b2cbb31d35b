package org.madoguchi.applications.application.port.out;

import org.madoguchi.applications.domain.model.ReceiptNumber;
import org.madoguchi.platform.calendar.FiscalYear;

/**
 * Gives receipt numbers (受付番号): unique, increasing within a fiscal year, never given twice, without
 * making concurrent submissions wait for each other. A number taken by a submission that then fails is not
 * given again (a gap is acceptable).
 */
public interface ReceiptNumbers {

    ReceiptNumber next(FiscalYear year);
}
