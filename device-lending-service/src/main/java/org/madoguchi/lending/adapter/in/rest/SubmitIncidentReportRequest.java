package org.madoguchi.lending.adapter.in.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * 顛末書: the borrower's written report of an incident.
 *
 * @param report what happened and what they will do
 */
public record SubmitIncidentReportRequest(@NotBlank @Size(max = 10_000) String report) {
}
