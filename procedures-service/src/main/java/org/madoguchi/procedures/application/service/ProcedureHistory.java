package org.madoguchi.procedures.application.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.madoguchi.procedures.application.port.out.ProcedureEvents;
import org.madoguchi.procedures.application.port.out.Procedures;
import org.madoguchi.procedures.domain.event.ProcedureEvent;
import org.madoguchi.procedures.domain.model.Author;
import org.madoguchi.procedures.domain.model.ChangeKind;
import org.madoguchi.procedures.domain.model.OnlineStatus;
import org.madoguchi.procedures.domain.model.Procedure;
import org.madoguchi.procedures.domain.model.ProcedureChange;

/**
 * Writes each change of a procedure the same way, whichever use case makes it: the new state with its
 * history entry (who, when, what), its event in the caller's transaction, and the procedure's search
 * document once that transaction commits.
 */
@ApplicationScoped
class ProcedureHistory {

    private final Procedures procedures;
    private final ProcedureEvents events;
    private final SearchDocuments search;
    private final Clock clock;

    ProcedureHistory(Procedures procedures, ProcedureEvents events, SearchDocuments search, Clock clock) {
        this.procedures = procedures;
        this.events = events;
        this.search = search;
        this.clock = clock;
    }

    /** Stores a procedure {@link Procedure#register registered} just now; the store refuses a taken code. */
    Procedure recordRegistration(Procedure registered, Author by) {
        Instant at = clock.instant();
        Procedure stored = procedures.add(registered, new ProcedureChange(registered.id(), ChangeKind.REGISTERED, at,
                by, List.of(), registered.status(), registered.status().effectiveOn(LocalDate.now(clock)), 0));
        events.publish(new ProcedureEvent.ProcedureRegistered(stored, by, at));
        search.reindex(List.of(stored));
        return stored;
    }

    /** Stores new details of a procedure; {@code edited} differs from {@code current} in its details only. */
    Procedure recordEdit(Procedure current, Procedure edited, Author by) {
        List<String> changed = List.copyOf(current.changesTo(edited.details()));
        Instant at = clock.instant();
        Procedure stored = procedures.update(edited, current.version(), new ProcedureChange(current.id(),
                ChangeKind.EDITED, at, by, changed, null, null, current.version() + 1));
        events.publish(new ProcedureEvent.ProcedureChanged(stored, changed, by, at));
        search.reindex(List.of(stored));
        return stored;
    }

    /** Stores a procedure {@code moved} along the status rules from {@code current}. */
    Procedure recordStatusChange(Procedure current, Procedure moved, Author by) {
        Instant at = clock.instant();
        OnlineStatus status = moved.status();
        Procedure stored = procedures.update(moved, current.version(), new ProcedureChange(current.id(),
                ChangeKind.STATUS_CHANGED, at, by, List.of(), status, status.effectiveOn(LocalDate.now(clock)),
                current.version() + 1));
        events.publish(new ProcedureEvent.ProcedureStatusChanged(stored, current.status(), by, at));
        search.reindex(List.of(stored));
        return stored;
    }
}
