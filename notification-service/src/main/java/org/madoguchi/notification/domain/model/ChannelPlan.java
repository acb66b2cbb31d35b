package org.madoguchi.notification.domain.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which deliveries a notification gets: one per channel, sent, pending, held for the quiet hours or
 * suppressed. The inbox receives at once; email and the messaging app are sent by the dispatcher.
 */
public final class ChannelPlan {

    /** Why a channel is not used: the person turned it off for the kind. */
    public static final String BY_PREFERENCE = "preference";
    /** Why a channel is not used: no address for it is known. */
    public static final String NO_ADDRESS = "no-address";

    private ChannelPlan() {
    }

    public static List<Delivery> deliveries(Notification notification, Preferences preferences, Contact contact,
                                            QuietHours cityQuietHours, Instant now) {
        NotificationKind kind = notification.kind();
        Set<Channel> chosen = preferences.channelsFor(kind);
        NotificationId id = notification.id();
        List<Delivery> deliveries = new ArrayList<>();
        deliveries.add(Delivery.sentNow(id, Channel.INBOX, now));
        if (!chosen.contains(Channel.EMAIL)) {
            deliveries.add(Delivery.suppressed(id, Channel.EMAIL, BY_PREFERENCE));
        } else if (contact.email().isEmpty()) {
            deliveries.add(Delivery.suppressed(id, Channel.EMAIL, NO_ADDRESS));
        } else {
            deliveries.add(Delivery.pending(id, Channel.EMAIL, contact.email().get(), now));
        }
        if (!chosen.contains(Channel.MESSAGING)) {
            deliveries.add(Delivery.suppressed(id, Channel.MESSAGING, BY_PREFERENCE));
        } else if (contact.messagingId().isEmpty()) {
            deliveries.add(Delivery.suppressed(id, Channel.MESSAGING, NO_ADDRESS));
        } else {
            QuietHours quiet = preferences.quietHours(cityQuietHours);
            String to = contact.messagingId().get();
            deliveries.add(!kind.urgent() && quiet.holds(now) ? Delivery.held(id, Channel.MESSAGING, to, quiet.endAfter(now))
                    : Delivery.pending(id, Channel.MESSAGING, to, now));
        }
        return deliveries;
    }
}
