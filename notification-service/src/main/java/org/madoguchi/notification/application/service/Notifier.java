package org.madoguchi.notification.application.service;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.madoguchi.notification.application.port.out.Deliveries;
import org.madoguchi.notification.application.port.out.DeliveryWakeUp;
import org.madoguchi.notification.application.port.out.Directory;
import org.madoguchi.notification.application.port.out.Notifications;
import org.madoguchi.notification.application.port.out.StoredPreferences;
import org.madoguchi.notification.application.port.out.Templates;
import org.madoguchi.notification.domain.model.Addressee;
import org.madoguchi.notification.domain.model.ChannelPlan;
import org.madoguchi.notification.domain.model.Contact;
import org.madoguchi.notification.domain.model.Delivery;
import org.madoguchi.notification.domain.model.DeliveryStatus;
import org.madoguchi.notification.domain.model.Message;
import org.madoguchi.notification.domain.model.Notice;
import org.madoguchi.notification.domain.model.Notification;
import org.madoguchi.notification.domain.model.Preferences;
import org.madoguchi.notification.domain.model.QuietHours;

/**
 * Turns a notice into notifications, one per person it reaches: the addressee resolved through the directory,
 * each person's contact from their own preferences first, the message worded in their language, the deliveries
 * planned per channel. Runs in the caller's transaction; the dispatcher is woken when it commits.
 */
@ApplicationScoped
class Notifier {

    private final Directory directory;
    private final StoredPreferences preferences;
    private final Templates templates;
    private final Notifications notifications;
    private final Deliveries deliveries;
    private final DeliveryWakeUp wakeUp;
    private final QuietHours quietHours;

    Notifier(Directory directory, StoredPreferences preferences, Templates templates, Notifications notifications,
             Deliveries deliveries, DeliveryWakeUp wakeUp, QuietHours quietHours) {
        this.directory = directory;
        this.preferences = preferences;
        this.templates = templates;
        this.notifications = notifications;
        this.deliveries = deliveries;
        this.wakeUp = wakeUp;
        this.quietHours = quietHours;
    }

    /** Notifies everyone the notice reaches, once per source; returns how many notifications were made. */
    int deliver(String sourceId, Notice notice, Instant now) {
        int made = 0;
        boolean outside = false;
        for (String subject : recipients(notice.to())) {
            Preferences chosen = preferences.of(subject).orElse(Preferences.none(subject));
            Contact contact = Contact.of(chosen, directory.person(subject));
            Message message = templates.render(notice.kind(), contact.language(), notice.facts());
            Optional<Notification> stored = notifications.add(Notification.create(subject, notice.kind(), message,
                    sourceId, now));
            if (stored.isEmpty()) {
                continue;
            }
            made++;
            for (Delivery delivery : ChannelPlan.deliveries(stored.get(), chosen, contact, quietHours, now)) {
                deliveries.add(delivery);
                outside |= delivery.status() == DeliveryStatus.PENDING;
            }
        }
        if (outside) {
            wakeUp.afterCommit();
        }
        return made;
    }

    private Set<String> recipients(Addressee to) {
        if (to instanceof Addressee.Person person) {
            return Set.of(person.subject());
        }
        return new LinkedHashSet<>(directory.members(to));
    }
}
