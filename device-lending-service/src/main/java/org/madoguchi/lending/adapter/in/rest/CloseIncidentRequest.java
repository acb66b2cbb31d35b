package org.madoguchi.lending.adapter.in.rest;

import jakarta.validation.constraints.Size;

/**
 * How the desk closes an incident.
 *
 * @param resolution how it was settled, optional
 */
public record CloseIncidentRequest(@Size(max = 2000) String resolution) {
}
