package org.madoguchi.applications.application.port.out;

import java.util.List;

import org.madoguchi.applications.domain.event.ApplicationEvent;
import org.madoguchi.applications.domain.model.Application;
import org.madoguchi.applications.domain.model.StatusChange;

/**
 * The recording fake of {@link ApplicationEvents} keeps the contract the outbox adapter keeps, read the way the
 * events' schemas say a reader learns them.
 */
class RecordingApplicationEventsTest extends ApplicationEventsContract {

    private final RecordingApplicationEvents events = new RecordingApplicationEvents();

    @Override
    protected ApplicationEvents events() {
        return events;
    }

    @Override
    protected List<Announcement> announced() {
        return events.published().stream().map(RecordingApplicationEventsTest::announcement).toList();
    }

    private static Announcement announcement(ApplicationEvent event) {
        Application a = event.application();
        StatusChange change = event instanceof ApplicationEvent.ApplicationStatusChanged changed ? changed.change()
                : event instanceof ApplicationEvent.ApplicationWithdrawn withdrawn ? withdrawn.change() : null;
        boolean statusChange = event instanceof ApplicationEvent.ApplicationStatusChanged;
        return new Announcement(event.getClass().getSimpleName(), a.id().value(), a.receiptNumber().toString(),
                a.receiptNumber().fiscalYear().startYear(), a.form().id().value(), a.form().version(),
                a.form().department().value(), a.applicant().subject().orElse(null), a.dueDate().orElse(null),
                change == null ? null : change.from().name(), statusChange ? change.to().name() : null,
                statusChange && change.action().needsComment() ? change.comment() : null,
                statusChange ? change.by() : null, event.at());
    }
}
