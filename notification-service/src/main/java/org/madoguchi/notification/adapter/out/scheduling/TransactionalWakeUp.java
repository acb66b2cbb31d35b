package org.madoguchi.notification.adapter.out.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import org.madoguchi.notification.application.port.out.DeliveryWakeUp;

/** Fires {@link DeliveryWakeUp.DeliveriesDue} in the transaction; the dispatcher observes it once the transaction succeeded. */
@ApplicationScoped
class TransactionalWakeUp implements DeliveryWakeUp {

    private final Event<DeliveriesDue> due;

    TransactionalWakeUp(Event<DeliveriesDue> due) {
        this.due = due;
    }

    @Override
    public void afterCommit() {
        due.fire(new DeliveriesDue());
    }
}
