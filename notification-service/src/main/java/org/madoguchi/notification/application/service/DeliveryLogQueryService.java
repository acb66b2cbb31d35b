package org.madoguchi.notification.application.service;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.notification.application.port.in.DeliveryLogQueries;
import org.madoguchi.notification.application.port.out.Deliveries;
import org.madoguchi.notification.domain.model.Actor;
import org.madoguchi.notification.domain.model.Channel;
import org.madoguchi.notification.domain.model.Delivery;
import org.madoguchi.notification.domain.model.DeliveryStatus;
import org.madoguchi.notification.domain.model.NotificationId;

/** The delivery log, for operations only. */
@ApplicationScoped
class DeliveryLogQueryService implements DeliveryLogQueries {

    private static final int LONGEST = 500;

    private final Deliveries deliveries;

    DeliveryLogQueryService(Deliveries deliveries) {
        this.deliveries = deliveries;
    }

    @Override
    @Transactional
    public List<Delivery> recent(Actor actor, Optional<DeliveryStatus> status, Optional<Channel> channel, int limit) {
        actor.requireOperations();
        return deliveries.recent(status, channel, Math.max(1, Math.min(limit, LONGEST)));
    }

    @Override
    @Transactional
    public List<Delivery> ofNotification(Actor actor, NotificationId notification) {
        actor.requireOperations();
        return deliveries.ofNotification(notification);
    }
}
