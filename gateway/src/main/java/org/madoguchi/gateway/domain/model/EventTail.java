package org.madoguchi.gateway.domain.model;

/** A running read of the event log for one watcher; closing it stops the read. */
public interface EventTail extends AutoCloseable {

    /** Where the read stands now: the position after everything it has passed on or skipped. */
    EventPosition position();

    @Override
    void close();
}
