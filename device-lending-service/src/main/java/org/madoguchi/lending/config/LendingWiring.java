package org.madoguchi.lending.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.madoguchi.lending.application.port.out.LendingRules;

import java.time.Clock;

/** CDI producers of what the core takes as plain Java: the clock and the lending rules. */
public class LendingWiring {

    @Produces
    @Singleton
    Clock clock(LendingConfig config) {
        return Clock.system(config.zone());
    }

    @Produces
    @Singleton
    LendingRules rules(LendingConfig config) {
        return new LendingRules(config.zone(), config.handOverEarly(), config.longestBooking(), config.pastTolerance(),
                config.deskOpens(), config.deskCloses());
    }
}
