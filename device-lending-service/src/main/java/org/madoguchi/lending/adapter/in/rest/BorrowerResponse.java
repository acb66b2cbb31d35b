package org.madoguchi.lending.adapter.in.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.madoguchi.lending.domain.model.Borrower;
import org.madoguchi.lending.domain.model.VisibleReservation;

/**
 * Who borrows, as far as the reader may see it.
 *
 * @param subject    the borrower's account subject, for those who may see who booked
 * @param name       the borrower's name, for those who may see who booked
 * @param department the borrower's department code
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BorrowerResponse(String subject, String name, String department) {

    static BorrowerResponse of(Borrower b) {
        return new BorrowerResponse(b.subject(), b.name(), b.department());
    }

    static BorrowerResponse of(VisibleReservation r) {
        return new BorrowerResponse(r.borrowerSubject().orElse(null), r.borrowerName().orElse(null),
                r.borrowerDepartment().orElse(null));
    }
}
