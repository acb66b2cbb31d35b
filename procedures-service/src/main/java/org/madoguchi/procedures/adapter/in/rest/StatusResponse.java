package org.madoguchi.procedures.adapter.in.rest;

import java.time.LocalDate;
import java.util.UUID;

import org.madoguchi.procedures.domain.model.OnlineStatus;
import org.madoguchi.procedures.domain.model.RevisionReason;
import org.madoguchi.procedures.domain.model.StatusKind;

/**
 * An online-ization status.
 *
 * @param kind        NOT_PLANNED, PLANNED, COMPLETED, REVISED, ABOLISHED
 * @param label       the kind in Japanese and English
 * @param online      whether citizens can do it online
 * @param fiscalYear  the plan's fiscal year, in both forms
 * @param completedOn the day it went online
 * @param formId      the form of a completion
 * @param reason      why a plan was revised
 * @param reasonLabel the reason in Japanese and English
 * @param note        free text
 * @param abolishedOn the day it was abolished
 */
public record StatusResponse(StatusKind kind, BilingualText label, boolean online, FiscalYearResponse fiscalYear,
        LocalDate completedOn, UUID formId, RevisionReason reason, BilingualText reasonLabel, String note,
        LocalDate abolishedOn) {

    static StatusResponse of(OnlineStatus status) {
        FiscalYearResponse fiscalYear = FiscalYearResponse.of(status.plannedFor().orElse(null));
        BilingualText label = BilingualText.of(status.kind().label());
        if (status instanceof OnlineStatus.Completed completed) {
            return new StatusResponse(status.kind(), label, true, fiscalYear, completed.on(),
                    completed.form() == null ? null : completed.form().value(), null, null, null, null);
        }
        if (status instanceof OnlineStatus.Revised revised) {
            return new StatusResponse(status.kind(), label, false, fiscalYear, null, null, revised.reason(),
                    BilingualText.of(revised.reason().label()), revised.note(), null);
        }
        if (status instanceof OnlineStatus.Abolished abolished) {
            return new StatusResponse(status.kind(), label, false, fiscalYear, null, null, null, null,
                    abolished.note(), abolished.on());
        }
        return new StatusResponse(status.kind(), label, false, fiscalYear, null, null, null, null, null, null);
    }
}
