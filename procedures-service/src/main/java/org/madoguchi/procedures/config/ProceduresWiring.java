package org.madoguchi.procedures.config;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.madoguchi.procedures.application.service.TransactionTimeouts;

/**
 * CDI producers of what the core takes as plain Java: the clock (the system clock in the city's time zone)
 * and the timeouts of the registry's long transactions.
 */
@ApplicationScoped
public class ProceduresWiring {

    @Produces
    @Singleton
    Clock clock(ProceduresConfig config) {
        return Clock.system(config.timeZone());
    }

    @Produces
    @Singleton
    TransactionTimeouts transactionTimeouts(ProceduresConfig config) {
        return new TransactionTimeouts(config.csvImport().timeout(), config.indexRebuildTimeout());
    }
}
