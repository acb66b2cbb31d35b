package org.madoguchi.applications.application.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.applications.application.port.in.ResubmitApplicationCommand;
import org.madoguchi.applications.application.port.in.ResubmitApplicationUseCase;
import org.madoguchi.applications.application.port.out.ApplicationEvents;
import org.madoguchi.applications.application.port.out.Applications;
import org.madoguchi.applications.application.port.out.FormCatalogue;
import org.madoguchi.applications.application.port.out.Holidays;
import org.madoguchi.applications.domain.event.ApplicationEvent;
import org.madoguchi.applications.domain.model.Action;
import org.madoguchi.applications.domain.model.Answers;
import org.madoguchi.applications.domain.model.Application;
import org.madoguchi.applications.domain.model.ApplicationNotFound;
import org.madoguchi.applications.domain.model.Form;
import org.madoguchi.applications.domain.model.FormNotFound;
import org.madoguchi.applications.domain.model.StaleApplication;

/**
 * Sends corrected answers back to the department. They are checked against the form's current version; a form
 * closed since the application was returned still takes the correction of an application it already has.
 */
@ApplicationScoped
class ResubmitApplicationService implements ResubmitApplicationUseCase {

    private final Applications applications;
    private final FormCatalogue catalogue;
    private final Holidays holidays;
    private final ApplicationEvents events;
    private final Clock clock;
    // Attachments (添付ファイル): claims the uploads the corrected answers name
    private final ClaimAttachments claimAttachments;

    ResubmitApplicationService(Applications applications, FormCatalogue catalogue, Holidays holidays,
            ApplicationEvents events, Clock clock, ClaimAttachments claimAttachments) {
        this.applications = applications;
        this.catalogue = catalogue;
        this.holidays = holidays;
        this.events = events;
        this.clock = clock;
        this.claimAttachments = claimAttachments;
    }

    @Override
    @Transactional
    public Application resubmit(ResubmitApplicationCommand command) {
        Application current = applications.lock(command.application()).orElseThrow(ApplicationNotFound::new);
        command.actor().requireMayRead(current);
        command.expectedVersion().ifPresent(expected -> StaleApplication.requireSame(expected, current.version()));
        // a step that cannot be taken is said before anything about the answers
        current.requireAllowed(Action.RESUBMIT);
        Form form = catalogue.current(current.form().id()).orElseThrow(() -> new FormNotFound(current.form().id()));
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        Optional<LocalDate> due = form.dueDate(holidays.calendar(), today);
        Answers checked = form.check(command.answers());
        Application changed = current.resubmit(command.actor(), form, checked, command.comment(), now, due);
        applications.update(changed);
        // Attachments (添付ファイル): files claimed before stay; newly named uploads become the application's
        claimAttachments.claimFor(changed, form, command.actor());
        events.publish(new ApplicationEvent.ApplicationStatusChanged(changed, changed.lastChange()));
        return changed;
    }
}
