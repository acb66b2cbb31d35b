package org.madoguchi.notification.application.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.madoguchi.notification.application.port.in.DispatchDeliveriesUseCase;
import org.madoguchi.notification.application.port.out.Deliveries;
import org.madoguchi.notification.application.port.out.EmailChannel;
import org.madoguchi.notification.application.port.out.MessagingChannel;
import org.madoguchi.notification.application.port.out.NotificationEvents;
import org.madoguchi.notification.application.port.out.Notifications;
import org.madoguchi.notification.application.port.out.UnsubscribeLinks;
import org.madoguchi.notification.domain.event.NotificationEvent;
import org.madoguchi.notification.domain.model.ChannelFailure;
import org.madoguchi.notification.domain.model.Delivery;
import org.madoguchi.notification.domain.model.DeliveryStatus;
import org.madoguchi.notification.domain.model.Message;
import org.madoguchi.notification.domain.model.Notification;
import org.madoguchi.notification.domain.model.RetryPolicy;
import org.madoguchi.notification.domain.model.UnsubscribeToken;

/**
 * Sends what is due on the outside channels under a claim (so no delivery is sent by two instances), records the
 * outcome with its attempts, and reports deliveries that succeeded and those that failed their last try.
 */
@ApplicationScoped
class DispatchDeliveriesService implements DispatchDeliveriesUseCase {

    private static final Logger LOG = Logger.getLogger(DispatchDeliveriesService.class);
    /** Deliveries sent per transaction: few, since each may wait for a slow channel. */
    private static final int BATCH = 10;

    private final Deliveries deliveries;
    private final Notifications notifications;
    private final EmailChannel email;
    private final MessagingChannel messaging;
    private final NotificationEvents events;
    private final RetryPolicy retry;
    private final UnsubscribeLinks links;
    private final Clock clock;

    DispatchDeliveriesService(Deliveries deliveries, Notifications notifications, EmailChannel email,
                              MessagingChannel messaging, NotificationEvents events, RetryPolicy retry,
                              UnsubscribeLinks links, Clock clock) {
        this.deliveries = deliveries;
        this.notifications = notifications;
        this.email = email;
        this.messaging = messaging;
        this.events = events;
        this.retry = retry;
        this.links = links;
        this.clock = clock;
    }

    @Override
    @Transactional
    public int dispatchDue() {
        Instant now = clock.instant();
        int tried = 0;
        for (Delivery delivery : deliveries.claimDue(now, BATCH)) {
            Notification notification = notifications.byId(delivery.notificationId()).orElseThrow();
            Delivery outcome = send(delivery, notification, now);
            deliveries.update(outcome);
            if (outcome.status() == DeliveryStatus.SENT) {
                events.publish(new NotificationEvent.DeliverySucceeded(notification, outcome, now));
            } else if (outcome.status() == DeliveryStatus.FAILED) {
                LOG.warnf("Delivery %s of notification %s on %s failed after %d attempts (%s)", outcome.id(),
                        notification.id(), outcome.channel(), outcome.attempts(), outcome.lastError());
                events.publish(new NotificationEvent.DeliveryFailed(notification, outcome, now));
            }
            tried++;
        }
        return tried;
    }

    private Delivery send(Delivery delivery, Notification notification, Instant now) {
        Message message = new Message(notification.language(), notification.title(), notification.body());
        try {
            switch (delivery.channel()) {
                case EMAIL -> email.send(delivery.id(), delivery.address(), message, notification.kind().urgent()
                        ? Optional.empty()
                        : Optional.of(links.sign(new UnsubscribeToken(notification.recipient(), notification.kind()))));
                case MESSAGING -> messaging.push(delivery.id(), delivery.address(), message);
                case INBOX -> {
                    // the inbox received it when it was made
                }
            }
            return delivery.sent(now);
        } catch (ChannelFailure failure) {
            return delivery.failedAttempt(failure.code(), now, retry);
        }
    }
}
