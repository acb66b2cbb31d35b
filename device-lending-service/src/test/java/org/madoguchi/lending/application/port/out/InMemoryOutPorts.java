package org.madoguchi.lending.application.port.out;

import java.time.ZoneId;
import java.util.function.Supplier;

import org.madoguchi.lending.domain.model.DisasterDeclarationId;
import org.madoguchi.lending.domain.model.SiteCode;

/** The in-memory fakes of the out-ports, sharing one {@link InMemoryTransactions}; fresh for every test. */
public final class InMemoryOutPorts implements OutPorts {

    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryInventory inventory = new InMemoryInventory();
    private final InMemoryMaintenanceLog maintenanceLog = new InMemoryMaintenanceLog();
    private final InMemoryReservations reservations;
    private final InMemoryLendingLedger ledger = new InMemoryLendingLedger();
    private final InMemoryIncidents incidents = new InMemoryIncidents(transactions);
    private final InMemoryDisasterDeclarations declarations = new InMemoryDisasterDeclarations(transactions);

    public InMemoryOutPorts(ZoneId timeZone) {
        reservations = new InMemoryReservations(maintenanceLog, timeZone, transactions);
    }

    @Override
    public InMemoryInventory inventory() {
        return inventory;
    }

    @Override
    public InMemoryReservations reservations() {
        return reservations;
    }

    @Override
    public InMemoryLendingLedger ledger() {
        return ledger;
    }

    @Override
    public InMemoryIncidents incidents() {
        return incidents;
    }

    @Override
    public InMemoryMaintenanceLog maintenanceLog() {
        return maintenanceLog;
    }

    @Override
    public InMemoryDisasterDeclarations declarations() {
        return declarations;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return transactions.inTransaction(work);
    }

    @Override
    public void discard(SiteCode site) {
        // the fakes live for one test only
    }

    @Override
    public void discard(DisasterDeclarationId declaration) {
        // the fakes live for one test only
    }
}
