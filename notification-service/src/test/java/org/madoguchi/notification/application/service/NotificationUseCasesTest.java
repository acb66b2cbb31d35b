package org.madoguchi.notification.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.madoguchi.notification.application.port.in.NotifyRecipientsCommand;
import org.madoguchi.notification.application.port.out.InMemoryDirectory;
import org.madoguchi.notification.application.port.out.InMemoryOutPorts;
import org.madoguchi.notification.application.port.out.InMemoryProcessedEvents;
import org.madoguchi.notification.application.port.out.PlainUnsubscribeLinks;
import org.madoguchi.notification.application.port.out.RecordingChannels;
import org.madoguchi.notification.application.port.out.WordingTemplates;
import org.madoguchi.notification.domain.event.NotificationEvent;
import org.madoguchi.notification.domain.model.Addressee;
import org.madoguchi.notification.domain.model.Booking;
import org.madoguchi.notification.domain.model.Channel;
import org.madoguchi.notification.domain.model.Delivery;
import org.madoguchi.notification.domain.model.DeliveryStatus;
import org.madoguchi.notification.domain.model.DirectoryEntry;
import org.madoguchi.notification.domain.model.Language;
import org.madoguchi.notification.domain.model.Notification;
import org.madoguchi.notification.domain.model.NotificationKind;
import org.madoguchi.notification.domain.model.NotificationRules;
import org.madoguchi.notification.domain.model.Occurrence;
import org.madoguchi.notification.domain.model.Preferences;
import org.madoguchi.notification.domain.model.QuietHours;
import org.madoguchi.notification.domain.model.ReminderPolicy;
import org.madoguchi.notification.domain.model.ReminderStatus;
import org.madoguchi.notification.domain.model.RetryPolicy;

/** The notify and dispatch use cases on the in-memory fakes of their out-ports. */
class NotificationUseCasesTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final Instant MORNING = Instant.parse("2023-05-11T01:00:00Z");
    private static final QuietHours CITY = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0), TOKYO);
    private static final NotificationRules RULES = new NotificationRules(new ReminderPolicy(Duration.ofHours(1),
            LocalTime.of(8, 30), TOKYO));
    private static final RetryPolicy RETRY = new RetryPolicy(3, Duration.ofSeconds(30), Duration.ofMinutes(10));

    private final InMemoryOutPorts ports = new InMemoryOutPorts();
    private final InMemoryDirectory directory = new InMemoryDirectory();
    private final InMemoryProcessedEvents processed = new InMemoryProcessedEvents();
    private final RecordingChannels channels = new RecordingChannels();

    private NotifyRecipientsService notify(Instant now) {
        Notifier notifier = new Notifier(directory, ports.preferences(), new WordingTemplates(), ports.notifications(),
                ports.deliveries(), channels, CITY);
        return new NotifyRecipientsService(processed, ports.reminders(), RULES, notifier, Clock.fixed(now, TOKYO));
    }

    private DispatchDeliveriesService dispatch(Instant now) {
        return new DispatchDeliveriesService(ports.deliveries(), ports.notifications(), channels, channels, channels, RETRY,
                new PlainUnsubscribeLinks(), Clock.fixed(now, TOKYO));
    }

    private static Booking booking(String site, String borrower) {
        return new Booking(UUID.randomUUID().toString(), "014", site, borrower, Instant.parse("2023-05-12T01:00:00Z"),
                Instant.parse("2023-05-12T08:00:00Z"), "TELEWORK", "CONFIRMED");
    }

    private static NotifyRecipientsCommand event(Occurrence occurrence) {
        return new NotifyRecipientsCommand("test", UUID.randomUUID(), occurrence);
    }

    private List<Delivery> deliveriesOf(Notification n) {
        return ports.deliveries().ofNotification(n.id());
    }

    @Test
    void a_lost_device_notifies_each_member_of_the_desk_in_their_own_language_once_however_often_it_arrives() {
        directory.add(new DirectoryEntry("desk-1", Optional.of("desk1@example.jp"), Optional.of(Language.EN)),
                        new Addressee.SiteDesk("ekinan"))
                .add(new DirectoryEntry("desk-2", Optional.empty(), Optional.empty()), new Addressee.SiteDesk("ekinan"))
                .add(new DirectoryEntry("info-1", Optional.of("info@example.jp"), Optional.empty()),
                        new Addressee.InformationPolicy(), new Addressee.SiteDesk("ekinan"));
        NotifyRecipientsCommand lost = event(new Occurrence.DeviceReportedLost("014", "ekinan", "i-1", MORNING));

        int made = notify(MORNING).notify(lost);
        int again = notify(MORNING).notify(lost);

        assertThat(made).isEqualTo(3);
        assertThat(again).isZero();
        assertThat(ports.notifications().all()).extracting(Notification::recipient, Notification::language).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("desk-1", Language.EN),
                org.assertj.core.groups.Tuple.tuple("desk-2", Language.JA),
                org.assertj.core.groups.Tuple.tuple("info-1", Language.JA));
        Notification second = ports.notifications().all().stream().filter(n -> n.recipient().equals("desk-2")).findFirst().orElseThrow();
        assertThat(deliveriesOf(second)).filteredOn(d -> d.channel() == Channel.EMAIL)
                .extracting(Delivery::suppressedBecause).containsExactly("no-address");
        assertThat(channels.wakeUps).hasValue(1);
    }

    @Test
    void what_a_person_stored_wins_over_the_directory_and_urgent_kinds_reach_email_even_when_turned_off() {
        directory.add(new DirectoryEntry("b-1", Optional.of("old@example.jp"), Optional.of(Language.JA)));
        ports.preferences().save(new Preferences("b-1", Optional.of(Language.EN), Optional.of("new@example.jp"),
                Optional.empty(), Map.of(NotificationKind.RESERVATION_PREEMPTED, Set.of(Channel.INBOX),
                NotificationKind.RESERVATION_CANCELLED, Set.of(Channel.INBOX)), Optional.empty(), Optional.empty()));

        notify(MORNING).notify(event(new Occurrence.BookingCancelled(booking("ekinan", "b-1"), "DISASTER_PREEMPTION", MORNING)));
        notify(MORNING).notify(event(new Occurrence.BookingCancelled(booking("ekinan", "b-1"), "BY_LENDING_DESK", MORNING)));
        dispatch(MORNING).dispatchDue();

        assertThat(ports.notifications().all()).extracting(Notification::language).containsOnly(Language.EN);
        assertThat(channels.emails).singleElement().satisfies(mail -> {
            assertThat(mail.address()).isEqualTo("new@example.jp");
            assertThat(mail.message().title()).isEqualTo("Booking cancelled for disaster response");
            assertThat(mail.unsubscribeToken()).isEmpty();
        });
    }

    @Test
    void a_non_urgent_email_carries_its_unsubscribe_token_and_success_is_reported() {
        directory.add(new DirectoryEntry("b-2", Optional.of("b2@example.jp"), Optional.empty()));

        notify(MORNING).notify(event(new Occurrence.BookingRequested(booking("ekinan", "b-2"), MORNING)));
        int tried = dispatch(MORNING).dispatchDue();

        assertThat(tried).isEqualTo(1);
        assertThat(channels.emails).singleElement().satisfies(mail ->
                assertThat(mail.unsubscribeToken()).contains("signed~RESERVATION_CONFIRMED~b-2"));
        assertThat(channels.events).singleElement().isInstanceOf(NotificationEvent.DeliverySucceeded.class);
        assertThat(dispatch(MORNING).dispatchDue()).isZero();
    }

    @Test
    void a_failing_push_is_tried_again_after_its_backoff_and_failed_after_the_last_try() {
        directory.add(new DirectoryEntry("b-3", Optional.empty(), Optional.empty()));
        ports.preferences().save(new Preferences("b-3", Optional.empty(), Optional.empty(), Optional.of("U3"),
                Map.of(NotificationKind.RESERVATION_CONFIRMED, EnumSet.of(Channel.MESSAGING)), Optional.empty(), Optional.empty()));
        channels.failNextPushes(5);
        notify(MORNING).notify(event(new Occurrence.BookingRequested(booking("ekinan", "b-3"), MORNING)));

        dispatch(MORNING).dispatchDue();
        assertThat(dispatch(MORNING.plusSeconds(29)).dispatchDue()).isZero();
        dispatch(MORNING.plusSeconds(30)).dispatchDue();
        assertThat(dispatch(MORNING.plusSeconds(89)).dispatchDue()).isZero();
        dispatch(MORNING.plusSeconds(90)).dispatchDue();

        Notification n = ports.notifications().all().get(0);
        assertThat(deliveriesOf(n)).filteredOn(d -> d.channel() == Channel.MESSAGING).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo(DeliveryStatus.FAILED);
            assertThat(d.attempts()).isEqualTo(3);
        });
        assertThat(channels.events).singleElement().isInstanceOf(NotificationEvent.DeliveryFailed.class);
        assertThat(channels.pushes).isEmpty();
    }

    @Test
    void a_booking_that_stands_schedules_reminders_which_its_return_drops() {
        Booking booking = booking("ekinan", "b-4");

        notify(MORNING).notify(event(new Occurrence.BookingApproved(booking, "ok", MORNING)));
        assertThat(ports.reminders().ofBooking(booking.reservationId())).extracting(r -> r.status())
                .containsExactly(ReminderStatus.SCHEDULED, ReminderStatus.SCHEDULED);
        notify(MORNING).notify(event(new Occurrence.DeviceReturned(booking.reservationId(), "014", "ekinan", "b-4", MORNING)));

        assertThat(ports.reminders().ofBooking(booking.reservationId())).extracting(r -> r.status())
                .containsOnly(ReminderStatus.DROPPED);
        SendDueRemindersService send = new SendDueRemindersService(ports.reminders(), RULES, new Notifier(directory,
                ports.preferences(), new WordingTemplates(), ports.notifications(), ports.deliveries(), channels, CITY),
                Clock.fixed(booking.end(), TOKYO));
        assertThat(send.sendDue()).isZero();
    }
}
