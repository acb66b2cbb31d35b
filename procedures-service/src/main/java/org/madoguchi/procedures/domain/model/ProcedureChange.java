package org.madoguchi.procedures.domain.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One entry of a procedure's history: who changed what, when. Registrations and status changes carry
 * the status that resulted and the day it took effect.
 *
 * @param procedure     the procedure
 * @param kind          registration, edit or status change
 * @param at            when it was recorded
 * @param by            who recorded it
 * @param changedFields names of the fields an edit changed; empty otherwise
 * @param status        the resulting status; {@code null} for an edit
 * @param effectiveOn   the day the status took effect; {@code null} for an edit
 * @param version       the procedure's version after the change
 */
public record ProcedureChange(ProcedureId procedure, ChangeKind kind, Instant at, Author by,
        List<String> changedFields, OnlineStatus status, LocalDate effectiveOn, long version) {

    public ProcedureChange {
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
        changedFields = changedFields == null ? List.of() : List.copyOf(changedFields);
        if ((kind == ChangeKind.EDITED) != (status == null)) {
            throw new IllegalArgumentException("registrations and status changes carry a status, edits do not");
        }
    }
}
