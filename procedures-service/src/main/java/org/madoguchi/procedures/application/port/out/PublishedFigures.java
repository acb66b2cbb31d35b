package org.madoguchi.procedures.application.port.out;

import java.util.List;
import java.util.Optional;

import org.madoguchi.procedures.domain.model.FiscalYear;
import org.madoguchi.procedures.domain.model.PublishedOnlineCount;
import org.madoguchi.procedures.domain.model.PublishedProgress;

/** Figures the city printed about its online-ization, kept as printed to check them against the records. */
public interface PublishedFigures {

    Optional<PublishedProgress> progress(FiscalYear fiscalYear);

    /** Stores a printed progress report, replacing the one stored for its fiscal year. */
    void saveProgress(PublishedProgress progress);

    /** The printed numbers of online procedures, oldest first. */
    List<PublishedOnlineCount> onlineCounts();

    /** Stores a printed number of online procedures, replacing the one with the same label. */
    void saveOnlineCount(PublishedOnlineCount count);
}
