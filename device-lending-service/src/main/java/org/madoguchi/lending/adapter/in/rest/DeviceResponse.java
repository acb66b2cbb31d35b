package org.madoguchi.lending.adapter.in.rest;

import java.util.Set;
import java.util.UUID;

import org.madoguchi.lending.domain.model.Device;
import org.madoguchi.lending.domain.model.KitItem;

/**
 * A device of the inventory.
 *
 * @param id       its id
 * @param number   端末番号, three digits
 * @param label    the number as printed on it, {@code No.001}
 * @param siteCode where it is kept
 * @param status   its status
 * @param kit      what is handed over with it
 */
public record DeviceResponse(UUID id, String number, String label, String siteCode, String status, Set<KitItem> kit) {

    static DeviceResponse of(Device d) {
        return new DeviceResponse(d.id().value(), d.number().value(), d.number().label(), d.siteCode().value(),
                d.status().name(), d.kit());
    }
}
