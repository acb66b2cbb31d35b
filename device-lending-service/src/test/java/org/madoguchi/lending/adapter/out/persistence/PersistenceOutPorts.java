package org.madoguchi.lending.adapter.out.persistence;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;

import org.madoguchi.lending.application.port.out.DisasterDeclarations;
import org.madoguchi.lending.application.port.out.Incidents;
import org.madoguchi.lending.application.port.out.Inventory;
import org.madoguchi.lending.application.port.out.LendingLedger;
import org.madoguchi.lending.application.port.out.MaintenanceLog;
import org.madoguchi.lending.application.port.out.OutPorts;
import org.madoguchi.lending.application.port.out.Reservations;
import org.madoguchi.lending.domain.model.DisasterDeclarationId;
import org.madoguchi.lending.domain.model.SiteCode;

/** The real out-ports as the service wires them (the PostgreSQL adapters), for the out-port contracts. */
@ApplicationScoped
public class PersistenceOutPorts implements OutPorts {

    private final Inventory inventory;
    private final Reservations reservations;
    private final LendingLedger ledger;
    private final Incidents incidents;
    private final MaintenanceLog maintenanceLog;
    private final DisasterDeclarations declarations;
    private final AgroalDataSource dataSource;

    PersistenceOutPorts(Inventory inventory, Reservations reservations, LendingLedger ledger, Incidents incidents,
                        MaintenanceLog maintenanceLog, DisasterDeclarations declarations, AgroalDataSource dataSource) {
        this.inventory = inventory;
        this.reservations = reservations;
        this.ledger = ledger;
        this.incidents = incidents;
        this.maintenanceLog = maintenanceLog;
        this.declarations = declarations;
        this.dataSource = dataSource;
    }

    @Override
    public Inventory inventory() {
        return inventory;
    }

    @Override
    public Reservations reservations() {
        return reservations;
    }

    @Override
    public LendingLedger ledger() {
        return ledger;
    }

    @Override
    public Incidents incidents() {
        return incidents;
    }

    @Override
    public MaintenanceLog maintenanceLog() {
        return maintenanceLog;
    }

    @Override
    public DisasterDeclarations declarations() {
        return declarations;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }

    @Override
    public void discard(SiteCode site) {
        ScratchData.discardSite(dataSource, site.value());
    }

    @Override
    public void discard(DisasterDeclarationId declaration) {
        ScratchData.discardDeclaration(dataSource, declaration.value());
    }
}
