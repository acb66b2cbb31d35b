package org.madoguchi.lending.adapter.in.rest;

import jakarta.validation.constraints.Size;

/**
 * A loss (紛失) or a fault (故障) as reported.
 *
 * @param description what happened, optional
 */
public record LossOrFaultReportRequest(@Size(max = 2000) String description) {
}
