package org.madoguchi.procedures.domain.event;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.madoguchi.procedures.domain.model.Author;
import org.madoguchi.procedures.domain.model.OnlineStatus;
import org.madoguchi.procedures.domain.model.Procedure;

/** What happened to a procedure in the registry, as other contexts learn it. */
public sealed interface ProcedureEvent {

    /** The procedure as it is after the event. */
    Procedure procedure();

    /** Who caused it. */
    Author by();

    /** When it was recorded. */
    Instant at();

    /** A procedure entered the registry. */
    record ProcedureRegistered(Procedure procedure, Author by, Instant at) implements ProcedureEvent {

        public ProcedureRegistered {
            Objects.requireNonNull(procedure, "procedure");
        }
    }

    /** Its details changed; {@code changedFields} names them. */
    record ProcedureChanged(Procedure procedure, List<String> changedFields, Author by, Instant at)
            implements ProcedureEvent {

        public ProcedureChanged {
            Objects.requireNonNull(procedure, "procedure");
            changedFields = List.copyOf(changedFields);
        }
    }

    /** Its online-ization status changed from {@code previous} to the procedure's current status. */
    record ProcedureStatusChanged(Procedure procedure, OnlineStatus previous, Author by, Instant at)
            implements ProcedureEvent {

        public ProcedureStatusChanged {
            Objects.requireNonNull(procedure, "procedure");
            Objects.requireNonNull(previous, "previous");
        }
    }
}
