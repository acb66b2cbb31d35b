package org.madoguchi.lending.application.port.in;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import org.madoguchi.lending.domain.model.Actor;
import org.madoguchi.lending.domain.model.Device;
import org.madoguchi.lending.domain.model.DeviceNumber;
import org.madoguchi.lending.domain.model.Lending;
import org.madoguchi.lending.domain.model.SiteCode;

/** What desks read of what was lent: the ledger (貸出台帳) of a month and how much each device was out. */
public interface LedgerQueries {

    /** 貸出台帳 of a site for a month, by time of hand-over, for the site's desk. */
    List<LedgerEntry> ledger(SiteCode siteCode, YearMonth month, Actor desk);

    /**
     * Utilisation per device of a site (every site when null, for 情報政策課) over {@code [from, to)}; the window
     * spans the longest report at most.
     */
    List<Utilisation> utilisation(SiteCode siteCode, Instant from, Instant to, Actor reader);

    /** One hand-over of the ledger with the number of its device (null if it is no longer in the inventory). */
    record LedgerEntry(Lending lending, DeviceNumber deviceNumber) {
    }

    /** How much a device was out over a period: number of hand-overs, time lent, share of the period. */
    record Utilisation(Device device, int lendings, Duration lentTime, double share) {
    }
}
