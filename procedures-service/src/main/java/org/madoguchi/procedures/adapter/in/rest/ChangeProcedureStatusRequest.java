package org.madoguchi.procedures.adapter.in.rest;

import java.time.LocalDate;
import java.util.UUID;

import org.madoguchi.procedures.domain.model.RevisionReason;
import org.madoguchi.procedures.domain.model.StatusKind;

/**
 * A status change.
 *
 * @param status     PLANNED, COMPLETED, REVISED or ABOLISHED
 * @param fiscalYear PLANNED: the fiscal year (2022, FY2022, 令和4年度)
 * @param on         COMPLETED, ABOLISHED: the day (default today)
 * @param formId     COMPLETED: the form citizens use, optional
 * @param reason     REVISED: why it will not go online
 * @param note       free text; required for the reason OTHER
 */
public record ChangeProcedureStatusRequest(StatusKind status, String fiscalYear, LocalDate on, UUID formId,
        RevisionReason reason, String note) {

    static final ChangeProcedureStatusRequest EMPTY = new ChangeProcedureStatusRequest(null, null, null, null, null,
            null);
}
