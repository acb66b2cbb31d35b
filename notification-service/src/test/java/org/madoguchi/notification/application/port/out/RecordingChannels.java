package org.madoguchi.notification.application.port.out;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import org.madoguchi.notification.domain.event.NotificationEvent;
import org.madoguchi.notification.domain.model.ChannelFailure;
import org.madoguchi.notification.domain.model.DeliveryId;
import org.madoguchi.notification.domain.model.Message;

/**
 * The outside channels, the event publisher and the wake-up for the use-case tests: each records what it was
 * given. Like the real channels, email refuses an address that is no mailbox, and the messaging app shows the
 * pushes of one delivery once and fails the next pushes on demand ({@code EmailChannelContract},
 * {@code MessagingChannelContract}).
 */
public final class RecordingChannels implements EmailChannel, MessagingChannel, NotificationEvents, DeliveryWakeUp {

    /** One message sent: where, what, and the unsubscribe token if any. */
    public record Sent(DeliveryId delivery, String address, Message message, Optional<String> unsubscribeToken) {
    }

    /** What an SMTP client takes for a mailbox: something at something, without spaces or angle brackets. */
    private static final Pattern MAILBOX = Pattern.compile("[^\\s,<>@]+@[^\\s,<>@]+");

    public final List<Sent> emails = new CopyOnWriteArrayList<>();
    public final List<Sent> pushes = new CopyOnWriteArrayList<>();
    public final List<NotificationEvent> events = new CopyOnWriteArrayList<>();
    public final AtomicInteger wakeUps = new AtomicInteger();
    private final AtomicInteger failingPushes = new AtomicInteger();

    public void failNextPushes(int times) {
        failingPushes.set(times);
    }

    @Override
    public void send(DeliveryId delivery, String address, Message message, Optional<String> unsubscribeToken) {
        if (!MAILBOX.matcher(address).matches()) {
            throw new ChannelFailure("smtp", null);
        }
        emails.add(new Sent(delivery, address, message, unsubscribeToken));
    }

    @Override
    public void push(DeliveryId delivery, String userId, Message message) {
        if (failingPushes.getAndDecrement() > 0) {
            throw new ChannelFailure("http-503", null);
        }
        if (pushes.stream().anyMatch(shown -> shown.delivery().equals(delivery))) {
            return;
        }
        pushes.add(new Sent(delivery, userId, message, Optional.empty()));
    }

    @Override
    public void publish(NotificationEvent event) {
        events.add(event);
    }

    @Override
    public void afterCommit() {
        wakeUps.incrementAndGet();
    }
}
