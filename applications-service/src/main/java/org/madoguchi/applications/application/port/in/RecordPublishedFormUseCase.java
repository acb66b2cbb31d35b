package org.madoguchi.applications.application.port.in;

/**
 * Keeps the local form catalogue in step with procedures-service: a published version becomes the one citizens
 * answer, so that submissions are checked here even while procedures-service is down.
 */
public interface RecordPublishedFormUseCase {

    /** Returns whether the event changed the catalogue (false for a repeated delivery). */
    boolean record(RecordPublishedFormCommand command);
}
