package org.madoguchi.gateway.application.port.in;

import java.util.Objects;
import java.util.Optional;

import org.madoguchi.gateway.domain.model.EventPosition;
import org.madoguchi.gateway.domain.model.OpsEventFilter;

/**
 * One operator's watch of the event log.
 *
 * @param filter which events to pass on
 * @param from   where to resume (the {@code Last-Event-ID}); empty to start with the events that come next
 */
public record FollowOpsEventsQuery(OpsEventFilter filter, Optional<EventPosition> from) {

    public FollowOpsEventsQuery {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(from, "from");
    }
}
