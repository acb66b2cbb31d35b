package org.madoguchi.procedures.adapter.out.persistence;

import java.time.LocalDate;
import java.util.UUID;

import org.madoguchi.procedures.domain.model.FiscalYear;
import org.madoguchi.procedures.domain.model.FormId;
import org.madoguchi.procedures.domain.model.OnlineStatus;
import org.madoguchi.procedures.domain.model.RevisionReason;
import org.madoguchi.procedures.domain.model.StatusKind;

/**
 * An online-ization status as the columns {@code status, fiscal_year, status_on, form_id,
 * revision_reason, status_note} store it, in {@code procedure} and {@code procedure_change} alike.
 */
record StatusColumns(String status, Integer fiscalYear, LocalDate on, UUID formId, String revisionReason,
        String note) {

    static StatusColumns of(OnlineStatus status) {
        Integer fiscalYear = status.plannedFor().map(FiscalYear::startYear).orElse(null);
        if (status instanceof OnlineStatus.Completed completed) {
            return new StatusColumns(status.kind().name(), fiscalYear, completed.on(),
                    completed.form() == null ? null : completed.form().value(), null, null);
        }
        if (status instanceof OnlineStatus.Revised revised) {
            return new StatusColumns(status.kind().name(), fiscalYear, null, null, revised.reason().name(),
                    revised.note());
        }
        if (status instanceof OnlineStatus.Abolished abolished) {
            return new StatusColumns(status.kind().name(), fiscalYear, abolished.on(), null, null, abolished.note());
        }
        return new StatusColumns(status.kind().name(), fiscalYear, null, null, null, null);
    }

    OnlineStatus toStatus() {
        FiscalYear year = fiscalYear == null ? null : FiscalYear.of(fiscalYear);
        return switch (StatusKind.valueOf(status)) {
            case NOT_PLANNED -> new OnlineStatus.NotPlanned();
            case PLANNED -> new OnlineStatus.Planned(year);
            case COMPLETED -> new OnlineStatus.Completed(on, year, formId == null ? null : new FormId(formId));
            case REVISED -> new OnlineStatus.Revised(year, RevisionReason.valueOf(revisionReason), note);
            case ABOLISHED -> new OnlineStatus.Abolished(on, note);
        };
    }
}
