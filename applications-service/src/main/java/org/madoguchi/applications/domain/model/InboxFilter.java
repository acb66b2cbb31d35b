package org.madoguchi.applications.domain.model;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import org.madoguchi.platform.failure.InvalidInput;

/**
 * What a member of staff narrows the department's inbox to; every part is optional.
 *
 * @param form          one form
 * @param statuses      these statuses (empty: all)
 * @param submittedFrom submitted on or after this day (Asia/Tokyo)
 * @param submittedTo   submitted on or before this day
 * @param receiptNumber one receipt number
 * @param due           by due date: overdue, or due within the next days
 */
public record InboxFilter(Optional<FormId> form, Set<ApplicationStatus> statuses, Optional<LocalDate> submittedFrom,
        Optional<LocalDate> submittedTo, Optional<ReceiptNumber> receiptNumber, Optional<Due> due) {

    /** By due date, among the applications the department still has. */
    public enum Due {
        /** 期限超過: the due date has passed. */
        OVERDUE,
        /** 期限間近: due today or within the next few business days, as the service is configured. */
        SOON
    }

    public InboxFilter {
        form = form == null ? Optional.empty() : form;
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        submittedFrom = submittedFrom == null ? Optional.empty() : submittedFrom;
        submittedTo = submittedTo == null ? Optional.empty() : submittedTo;
        receiptNumber = receiptNumber == null ? Optional.empty() : receiptNumber;
        due = due == null ? Optional.empty() : due;
        if (submittedFrom.isPresent() && submittedTo.isPresent() && submittedTo.get().isBefore(submittedFrom.get())) {
            throw InvalidInput.of("to", "range-order");
        }
    }

    public static InboxFilter everything() {
        return new InboxFilter(null, null, null, null, null, null);
    }
}
