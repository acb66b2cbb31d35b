package org.madoguchi.applications.application.port.in;

import java.util.List;

import org.madoguchi.applications.domain.model.Actor;
import org.madoguchi.applications.domain.model.CategoryForms;
import org.madoguchi.applications.domain.model.UsageReport;
import org.madoguchi.platform.calendar.FiscalYear;

/**
 * What 情報政策課, managers and staff read of the usage statistics (利用実績): how much each form was used in a
 * fiscal year, and which forms each usage category groups.
 */
public interface UsageStatisticsQueries {

    /** The year's usage: imported figures plus live counts, by category, most used first. */
    UsageReport usage(Actor actor, FiscalYear fiscalYear);

    /** Every usage category with its forms, by name. */
    List<CategoryForms> categories(Actor actor);
}
