package org.madoguchi.procedures.adapter.in.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.madoguchi.procedures.domain.model.ProcedureChange;

/**
 * One entry of a procedure's history.
 *
 * @param kind          REGISTERED, EDITED, STATUS_CHANGED
 * @param at            when
 * @param bySubject     who (token subject)
 * @param byName        who (user name)
 * @param changedFields the fields an edit changed
 * @param status        the status that resulted
 * @param effectiveOn   the day the status took effect
 * @param version       the version after the change
 */
public record HistoryEntryResponse(String kind, Instant at, String bySubject, String byName,
        List<String> changedFields, StatusResponse status, LocalDate effectiveOn, long version) {

    static HistoryEntryResponse of(ProcedureChange change) {
        return new HistoryEntryResponse(change.kind().name(), change.at(), change.by().subject(),
                change.by().username(), change.changedFields(),
                change.status() == null ? null : StatusResponse.of(change.status()), change.effectiveOn(),
                change.version());
    }
}
