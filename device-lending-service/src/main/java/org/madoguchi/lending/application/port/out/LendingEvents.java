package org.madoguchi.lending.application.port.out;

import org.madoguchi.lending.domain.event.LendingEvent;

/**
 * Publishes what happened, in the transaction of the change, so that an event leaves if and
 * only if its change commits.
 */
public interface LendingEvents {

    void publish(LendingEvent event);
}
