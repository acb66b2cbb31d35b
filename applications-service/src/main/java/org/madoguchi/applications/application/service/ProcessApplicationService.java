package org.madoguchi.applications.application.service;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.applications.application.port.in.ProcessApplicationCommand;
import org.madoguchi.applications.application.port.in.ProcessApplicationUseCase;
import org.madoguchi.applications.application.port.out.ApplicationEvents;
import org.madoguchi.applications.application.port.out.Applications;
import org.madoguchi.applications.domain.event.ApplicationEvent;
import org.madoguchi.applications.domain.model.Application;
import org.madoguchi.applications.domain.model.ApplicationNotFound;
import org.madoguchi.applications.domain.model.StaleApplication;

/** Moves an application on in the department's workflow, if nobody changed it since the caller read it. */
@ApplicationScoped
class ProcessApplicationService implements ProcessApplicationUseCase {

    private final Applications applications;
    private final ApplicationEvents events;
    private final Clock clock;

    ProcessApplicationService(Applications applications, ApplicationEvents events, Clock clock) {
        this.applications = applications;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Application process(ProcessApplicationCommand command) {
        Application current = applications.lock(command.application()).orElseThrow(ApplicationNotFound::new);
        command.actor().requireMayRead(current);
        StaleApplication.requireSame(command.expectedVersion(), current.version());
        Application changed = current.process(command.action(), command.actor(), command.comment(), clock.instant());
        applications.update(changed);
        events.publish(new ApplicationEvent.ApplicationStatusChanged(changed, changed.lastChange()));
        return changed;
    }
}
