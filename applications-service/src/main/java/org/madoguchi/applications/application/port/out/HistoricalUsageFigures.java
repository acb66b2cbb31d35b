package org.madoguchi.applications.application.port.out;

import java.util.Optional;

import org.madoguchi.applications.domain.model.HistoricalUsage;
import org.madoguchi.platform.calendar.FiscalYear;

/**
 * The usage figures from before the system, per fiscal year, as imported; the categories they name are stored
 * {@link UsageCategories}, read back under their current names.
 */
public interface HistoricalUsageFigures {

    /** The year's imported figures, categories in the order imported; empty when none were. */
    Optional<HistoricalUsage> of(FiscalYear fiscalYear);

    /**
     * Replaces every imported figure of the year by these (none: the year has no imported figures any more).
     * Two replacements of one year at once do not mix: the second waits for the first.
     */
    void replace(HistoricalUsage usage);
}
