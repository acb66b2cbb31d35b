package org.madoguchi.lending.adapter.in.rest;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.madoguchi.lending.domain.model.MaintenanceWindow;

/**
 * A maintenance window of a device.
 *
 * @param kind  charging, Windows Update, repair, inspection
 * @param start from when
 * @param end   until when
 * @param note  the desk's note, optional
 */
public record LogMaintenanceRequest(@NotNull MaintenanceWindow.Kind kind, @NotNull Instant start, @NotNull Instant end,
                                    @Size(max = 2000) String note) {
}
