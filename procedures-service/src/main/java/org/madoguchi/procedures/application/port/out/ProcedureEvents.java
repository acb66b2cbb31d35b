package org.madoguchi.procedures.application.port.out;

import org.madoguchi.procedures.domain.event.ProcedureEvent;

/**
 * Tells other contexts what happened to procedures: the event is recorded in the current transaction
 * and published if and only if it commits.
 */
public interface ProcedureEvents {

    void publish(ProcedureEvent event);
}
