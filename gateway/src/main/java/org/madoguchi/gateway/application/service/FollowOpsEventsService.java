package org.madoguchi.gateway.application.service;

import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.madoguchi.gateway.application.port.in.FollowOpsEventsQuery;
import org.madoguchi.gateway.application.port.in.OpsEventQueries;
import org.madoguchi.gateway.application.port.out.EventLog;
import org.madoguchi.gateway.domain.model.EventTail;
import org.madoguchi.gateway.domain.model.LoggedEvent;

/** Follows the event log for one operator, passing on the events the operator's filter accepts. */
@ApplicationScoped
class FollowOpsEventsService implements OpsEventQueries {

    private final EventLog log;

    FollowOpsEventsService(EventLog log) {
        this.log = log;
    }

    @Override
    public EventTail follow(FollowOpsEventsQuery query, Consumer<LoggedEvent> onEvent) {
        return log.tail(query.from(), event -> {
            if (query.filter().accepts(event.type(), event.subject())) {
                onEvent.accept(event);
            }
        });
    }
}
