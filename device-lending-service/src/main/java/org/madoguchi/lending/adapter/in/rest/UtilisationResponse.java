package org.madoguchi.lending.adapter.in.rest;

import org.madoguchi.lending.application.port.in.LedgerQueries;

/**
 * How much a device was out over a period.
 *
 * @param device      the device
 * @param lendings    hand-overs in the period
 * @param lentMinutes minutes it was out in the period
 * @param share       the share of the period it was out, to four decimals
 */
public record UtilisationResponse(DeviceResponse device, int lendings, long lentMinutes, double share) {

    static UtilisationResponse of(LedgerQueries.Utilisation u) {
        return new UtilisationResponse(DeviceResponse.of(u.device()), u.lendings(), u.lentTime().toMinutes(),
                Math.round(u.share() * 10_000) / 10_000.0);
    }
}
