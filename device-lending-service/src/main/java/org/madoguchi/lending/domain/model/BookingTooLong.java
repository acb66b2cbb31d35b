package org.madoguchi.lending.domain.model;

import java.time.Duration;
import java.util.List;

import org.madoguchi.platform.failure.DomainFailure;
import org.madoguchi.platform.failure.Violation;

/** A booking runs longer than the longest the policy allows; the argument is that length in days. */
public class BookingTooLong extends DomainFailure {

    private static final long serialVersionUID = 1L;

    private static final String CODE = "booking-too-long";

    public BookingTooLong(Duration longest) {
        super(Kind.INVALID, CODE, List.of(longest.toDays()), List.of(Violation.of("end", CODE, longest.toDays())));
    }
}
