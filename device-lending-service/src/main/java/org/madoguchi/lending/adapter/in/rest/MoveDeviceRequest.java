package org.madoguchi.lending.adapter.in.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A device's new site.
 *
 * @param siteCode where it is kept from now on
 */
public record MoveDeviceRequest(@NotBlank @Size(max = 40) String siteCode) {
}
