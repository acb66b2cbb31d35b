package org.madoguchi.applications.application.port.in;

/** Keeps the local form catalogue in step with procedures-service: a closed form takes no more answers. */
public interface RecordClosedFormUseCase {

    /** Returns whether the event changed the catalogue (false for a repeated delivery). */
    boolean record(RecordClosedFormCommand command);
}
