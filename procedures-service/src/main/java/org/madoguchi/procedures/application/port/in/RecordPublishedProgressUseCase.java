package org.madoguchi.procedures.application.port.in;

import org.madoguchi.procedures.domain.model.PublishedProgress;

/**
 * Keeps a progress table the city printed (e.g. the 令和4年度 plan table) as printed, so that reports can
 * flag where it disagrees with itself or with the records. Procedure administrators only.
 */
public interface RecordPublishedProgressUseCase {

    /** Stores the printed table, replacing the one of its fiscal year; department names are resolved. */
    PublishedProgress record(RecordPublishedProgressCommand command);
}
