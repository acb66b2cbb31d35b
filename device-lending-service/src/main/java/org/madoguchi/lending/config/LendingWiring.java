package org.madoguchi.lending.config;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.madoguchi.lending.domain.model.LendingPolicy;

/** CDI producers of what the core takes as plain Java: the clock in the city's zone and the lending policy. */
public class LendingWiring {

    @Produces
    @Singleton
    Clock clock(LendingConfig config) {
        return Clock.system(config.timeZone());
    }

    @Produces
    @Singleton
    LendingPolicy policy(LendingConfig config) {
        return new LendingPolicy(config.timeZone(), config.handOverEarly(), config.longestBooking(),
                config.pastTolerance(), config.deskOpens(), config.deskCloses(), config.longestReport(),
                config.longestList(), config.feedPast(), config.feedAhead());
    }
}
