package org.madoguchi.procedures.application.port.in;

/**
 * Keeps a number of online procedures the city printed (239, 1,015, 1,060), so that reports can set it
 * beside what the records give for its day. Procedure administrators only.
 */
public interface RecordPublishedOnlineCountUseCase {

    /** Stores the printed number, replacing the one with the same label. */
    void record(RecordPublishedOnlineCountCommand command);
}
