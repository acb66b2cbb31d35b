package org.madoguchi.gateway.domain.model;

import java.util.ArrayDeque;
import java.util.Optional;

/**
 * The events waiting for one slow watcher of the ops stream, bounded: when it is full, new events are dropped and
 * counted, and the watcher is told how many it missed, at the place in the sequence where they were missed. So one slow client never
 * holds more than {@code capacity} events in memory, and never slows the producers or the other watchers.
 * Thread-safe: the event log's reader offers, the connection's writer takes.
 *
 * @param <E> what is queued
 */
public final class ClientBacklog<E> {

    /** What the writer sends next: a notice of dropped events, or an event. */
    public sealed interface Next<E> {
        /** {@code count} events were dropped since the last one sent. */
        record Dropped<E>(long count) implements Next<E> {
        }

        /** The next event. */
        record Event<E>(E event) implements Next<E> {
        }
    }

    private final int capacity;
    private final ArrayDeque<Object> waiting = new ArrayDeque<>();
    private int events;

    /** A gap in the queue where events were dropped, at the place they would have been. */
    private static final class Gap {
        private long count;
    }

    public ClientBacklog(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a backlog holds at least one event");
        }
        this.capacity = capacity;
    }

    /** Queues an event; returns false when it was dropped because the backlog is full. */
    public synchronized boolean offer(E event) {
        if (events >= capacity) {
            if (waiting.peekLast() instanceof Gap gap) {
                gap.count++;
            } else {
                Gap gap = new Gap();
                gap.count = 1;
                waiting.addLast(gap);
            }
            return false;
        }
        waiting.addLast(new Next.Event<>(event));
        events++;
        return true;
    }

    /** What to send next, in order: an event, or the count of events dropped at that place in the sequence. */
    @SuppressWarnings("unchecked")
    public synchronized Optional<Next<E>> take() {
        Object first = waiting.pollFirst();
        if (first == null) {
            return Optional.empty();
        }
        if (first instanceof Gap gap) {
            return Optional.of(new Next.Dropped<>(gap.count));
        }
        events--;
        return Optional.of((Next<E>) first);
    }

    /** How many events wait (dropped ones not counted). */
    public synchronized int size() {
        return events;
    }
}
