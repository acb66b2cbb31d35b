package org.madoguchi.applications.application.port.out;

import java.util.List;

import org.madoguchi.applications.domain.model.FormUsage;
import org.madoguchi.platform.calendar.FiscalYear;

/** The live figures: how many applications each form received in a fiscal year, counted from the applications. */
public interface SubmissionCounts {

    /**
     * Every form with an application in the year (the fiscal year of its receipt number), each application
     * counted whatever its status, withdrawn ones included; with the title its latest application gives it.
     */
    List<FormUsage> perForm(FiscalYear fiscalYear);
}
