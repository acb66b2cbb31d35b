package org.madoguchi.notification.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.madoguchi.notification.domain.model.Channel;
import org.madoguchi.notification.domain.model.Delivery;
import org.madoguchi.notification.domain.model.DeliveryStatus;
import org.madoguchi.notification.domain.model.NotificationId;

/** The delivery log: every delivery of every notification on every channel. */
public interface Deliveries {

    void add(Delivery delivery);

    /** Stores a delivery's new state. */
    void update(Delivery delivery);

    /**
     * The open deliveries due at {@code now}, oldest first, each claimed for this transaction: another instance
     * asking at the same time gets others, so none is sent twice.
     */
    List<Delivery> claimDue(Instant now, int limit);

    List<Delivery> ofNotification(NotificationId id);

    /** The newest deliveries, optionally of one status and channel. */
    List<Delivery> recent(Optional<DeliveryStatus> status, Optional<Channel> channel, int limit);
}
