package org.madoguchi.notification.application.port.out;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.madoguchi.notification.domain.model.Channel;
import org.madoguchi.notification.domain.model.Delivery;
import org.madoguchi.notification.domain.model.DeliveryId;
import org.madoguchi.notification.domain.model.DeliveryStatus;
import org.madoguchi.notification.domain.model.NotificationId;

/** {@link Deliveries} in memory, newest change last. */
public final class InMemoryDeliveries implements Deliveries {

    private final Map<DeliveryId, Delivery> stored = new ConcurrentHashMap<>();
    private final List<DeliveryId> changes = new ArrayList<>();

    @Override
    public synchronized void add(Delivery delivery) {
        stored.put(delivery.id(), delivery);
        changes.add(delivery.id());
    }

    @Override
    public synchronized void update(Delivery delivery) {
        if (stored.replace(delivery.id(), delivery) == null) {
            throw new IllegalStateException("no delivery " + delivery.id());
        }
        changes.remove(delivery.id());
        changes.add(delivery.id());
    }

    @Override
    public List<Delivery> claimDue(Instant now, int limit) {
        return stored.values().stream().filter(d -> d.dueAt(now))
                .sorted(Comparator.comparing(Delivery::nextAttemptAt)).limit(limit).toList();
    }

    @Override
    public List<Delivery> ofNotification(NotificationId id) {
        return stored.values().stream().filter(d -> d.notificationId().equals(id))
                .sorted(Comparator.comparing(d -> d.channel().name())).toList();
    }

    @Override
    public synchronized List<Delivery> recent(Optional<DeliveryStatus> status, Optional<Channel> channel, int limit) {
        List<Delivery> newestFirst = new ArrayList<>();
        for (int i = changes.size() - 1; i >= 0 && newestFirst.size() < limit; i--) {
            Delivery d = stored.get(changes.get(i));
            if (status.map(s -> s == d.status()).orElse(true) && channel.map(c -> c == d.channel()).orElse(true)) {
                newestFirst.add(d);
            }
        }
        return newestFirst;
    }
}
