package org.madoguchi.lending.adapter.in.rest;

import java.util.Set;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.madoguchi.lending.domain.model.KitItem;

/**
 * 返却: what the desk finds when the device comes back.
 *
 * @param kitReturned              the items that came back
 * @param notebookReturned         whether the deposited notebook was given back
 * @param notebookConfirmedByOwner whether its owner confirmed it is theirs
 * @param damageNote               damage found, if any
 */
public record ReturnDeviceRequest(@NotNull Set<KitItem> kitReturned, boolean notebookReturned,
                                  boolean notebookConfirmedByOwner, @Size(max = 2000) String damageNote) {
}
