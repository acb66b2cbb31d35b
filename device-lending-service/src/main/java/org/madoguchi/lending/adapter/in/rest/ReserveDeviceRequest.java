package org.madoguchi.lending.adapter.in.rest;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.madoguchi.lending.domain.model.Purpose;

/**
 * A booking of a device, or of any free device of a site.
 *
 * @param deviceId the device, or null when a site is named
 * @param siteCode the site whose first free device is assigned, or null when a device is named
 * @param start    when it starts
 * @param end      when it ends
 * @param purpose  利用目的
 * @param note     a note for the desk
 */
public record ReserveDeviceRequest(UUID deviceId, @Size(max = 40) String siteCode, @NotNull Instant start,
                                   @NotNull Instant end, @NotNull Purpose purpose, @Size(max = 500) String note) {
}
