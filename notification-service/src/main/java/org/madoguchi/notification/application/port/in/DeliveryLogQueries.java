package org.madoguchi.notification.application.port.in;

import java.util.List;
import java.util.Optional;

import org.madoguchi.notification.domain.model.Actor;
import org.madoguchi.notification.domain.model.Channel;
import org.madoguchi.notification.domain.model.Delivery;
import org.madoguchi.notification.domain.model.DeliveryStatus;
import org.madoguchi.notification.domain.model.NotificationId;

/** The delivery log, for operations. */
public interface DeliveryLogQueries {

    /** The newest deliveries, optionally of one status and channel. */
    List<Delivery> recent(Actor actor, Optional<DeliveryStatus> status, Optional<Channel> channel, int limit);

    /** Every delivery of one notification. */
    List<Delivery> ofNotification(Actor actor, NotificationId notification);
}
