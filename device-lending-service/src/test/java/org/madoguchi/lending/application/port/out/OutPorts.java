package org.madoguchi.lending.application.port.out;

import java.util.function.Supplier;

import org.madoguchi.lending.domain.model.DisasterDeclarationId;
import org.madoguchi.lending.domain.model.SiteCode;

/**
 * The out-ports a contract runs against, in memory or on PostgreSQL, and how it runs a unit of work on them:
 * the contracts hold both to the same behaviour.
 */
public interface OutPorts {

    Inventory inventory();

    Reservations reservations();

    LendingLedger ledger();

    Incidents incidents();

    MaintenanceLog maintenanceLog();

    DisasterDeclarations declarations();

    /** Runs the work in a transaction of its own (suspending the current one), committed when the work returns. */
    <T> T inTransaction(Supplier<T> work);

    /** Removes everything kept at a site a contract made for itself: bookings, ledger, incidents, maintenance, devices. */
    void discard(SiteCode site);

    /** Removes a declaration a contract made. */
    void discard(DisasterDeclarationId declaration);
}
