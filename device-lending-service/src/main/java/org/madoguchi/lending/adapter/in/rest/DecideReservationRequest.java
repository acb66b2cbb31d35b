package org.madoguchi.lending.adapter.in.rest;

import jakarta.validation.constraints.Size;

/**
 * The desk's approval or refusal of a pending booking.
 *
 * @param comment why, optional
 */
public record DecideReservationRequest(@Size(max = 500) String comment) {
}
