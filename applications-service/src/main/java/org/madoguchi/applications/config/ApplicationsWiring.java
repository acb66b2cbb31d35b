package org.madoguchi.applications.config;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.madoguchi.applications.domain.model.ApplicationsPolicy;

/** CDI producers of what the core takes as plain Java: the clock in the city's zone and the policy. */
public class ApplicationsWiring {

    @Produces
    @Singleton
    Clock clock(ApplicationsConfig config) {
        return Clock.system(config.timeZone());
    }

    @Produces
    @Singleton
    ApplicationsPolicy policy(ApplicationsConfig config) {
        return new ApplicationsPolicy(config.idempotency().keyLifetime(), config.idempotency().inFlightHold(),
                config.inbox().dueSoonBusinessDays());
    }
}
