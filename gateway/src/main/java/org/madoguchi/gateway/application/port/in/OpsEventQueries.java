package org.madoguchi.gateway.application.port.in;

import java.util.function.Consumer;

import org.madoguchi.gateway.domain.model.EventTail;
import org.madoguchi.gateway.domain.model.LoggedEvent;

/** What an operator watches: the domain events of every topic as they happen, filtered, resumable. */
public interface OpsEventQueries {

    /**
     * Starts following the event log from the query's position (or from now) and hands each event the filter
     * accepts to {@code onEvent}, on the reader's thread, until the returned tail is closed.
     */
    EventTail follow(FollowOpsEventsQuery query, Consumer<LoggedEvent> onEvent);
}
