package org.madoguchi.lending.adapter.in.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A device for the inventory.
 *
 * @param number   端末番号, three digits
 * @param siteCode where it is kept
 */
public record RegisterDeviceRequest(@NotNull @Pattern(regexp = "[0-9]{3}") String number,
                                    @NotBlank @Size(max = 40) String siteCode) {
}
