package org.madoguchi.lending.adapter.in.rest;

import jakarta.validation.constraints.Size;

/**
 * The inspection before a device returns to service.
 *
 * @param note what the inspection found, optional
 */
public record RestoreDeviceRequest(@Size(max = 2000) String note) {
}
