package org.madoguchi.applications.application.service;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.applications.application.port.in.WithdrawApplicationCommand;
import org.madoguchi.applications.application.port.in.WithdrawApplicationUseCase;
import org.madoguchi.applications.application.port.out.ApplicationEvents;
import org.madoguchi.applications.application.port.out.Applications;
import org.madoguchi.applications.domain.event.ApplicationEvent;
import org.madoguchi.applications.domain.model.Application;
import org.madoguchi.applications.domain.model.ApplicationNotFound;
import org.madoguchi.applications.domain.model.StaleApplication;

/** Withdraws an application for its applicant. */
@ApplicationScoped
class WithdrawApplicationService implements WithdrawApplicationUseCase {

    private final Applications applications;
    private final ApplicationEvents events;
    private final Clock clock;

    WithdrawApplicationService(Applications applications, ApplicationEvents events, Clock clock) {
        this.applications = applications;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Application withdraw(WithdrawApplicationCommand command) {
        Application current = applications.lock(command.application()).orElseThrow(ApplicationNotFound::new);
        command.actor().requireMayRead(current);
        command.expectedVersion().ifPresent(expected -> StaleApplication.requireSame(expected, current.version()));
        Application changed = current.withdraw(command.actor(), command.comment(), clock.instant());
        applications.update(changed);
        events.publish(new ApplicationEvent.ApplicationWithdrawn(changed, changed.lastChange()));
        return changed;
    }
}
