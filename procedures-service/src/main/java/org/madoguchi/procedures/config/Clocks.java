package org.madoguchi.procedures.config;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The clock of the registry: the system clock in the city's time zone. */
@ApplicationScoped
public class Clocks {

    @Produces
    @Singleton
    Clock clock(ProceduresConfig config) {
        return Clock.system(config.timeZone());
    }
}
