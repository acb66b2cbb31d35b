package org.madoguchi.applications.application.port.out;

import java.util.ArrayList;
import java.util.List;

import org.madoguchi.applications.domain.event.ApplicationEvent;

/** {@link ApplicationEvents} that records what is published, held to {@link ApplicationEventsContract}. */
public final class RecordingApplicationEvents implements ApplicationEvents {

    private final List<ApplicationEvent> published = new ArrayList<>();

    @Override
    public synchronized void publish(ApplicationEvent event) {
        published.add(event);
    }

    /** Every event published, oldest first. */
    public synchronized List<ApplicationEvent> published() {
        return List.copyOf(published);
    }
}
