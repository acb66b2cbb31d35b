package org.madoguchi.notification.adapter.in.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.madoguchi.contracts.Topics;
import org.madoguchi.notification.Caller;
import org.madoguchi.notification.Inbox;
import org.madoguchi.notification.MovableClock;
import org.madoguchi.notification.SampleEvents;
import org.madoguchi.notification.SampleEvents.Booking;
import org.madoguchi.notification.StandInPorts;
import org.madoguchi.notification.application.port.in.SendDueRemindersUseCase;
import org.madoguchi.notification.application.port.out.Reminders;
import org.madoguchi.notification.domain.model.Addressee;
import org.madoguchi.notification.domain.model.Language;
import org.madoguchi.notification.domain.model.NotificationKind;
import org.madoguchi.notification.domain.model.Reminder;
import org.madoguchi.notification.domain.model.ReminderStatus;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Return reminders from booking events: persisted when a booking stands, sent once when due (also when two
 * instances look at the same moment), dropped when the booking is returned or cancelled first.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(StandInPorts.class)
class RemindersTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Inject
    SendDueRemindersUseCase send;

    @Inject
    Reminders reminders;

    @AfterEach
    void backToNow() {
        MovableClock.INSTANCE.reset();
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(TOKYO).toInstant();
    }

    private List<Reminder> awaitReminders(String reservationId, int count) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> QuarkusTransaction.requiringNew().call(() -> reminders.ofBooking(reservationId)).size() >= count);
        return QuarkusTransaction.requiringNew().call(() -> reminders.ofBooking(reservationId));
    }

    private List<ReminderStatus> statuses(String reservationId) {
        return QuarkusTransaction.requiringNew().call(() -> reminders.ofBooking(reservationId)).stream()
                .map(Reminder::status).toList();
    }

    @Test
    void an_approved_booking_reminds_the_desk_on_its_morning_and_the_borrower_before_its_end_each_once() {
        LocalDate day = LocalDate.now(TOKYO).plusDays(20);
        String site = "site-" + UUID.randomUUID().toString().substring(0, 8);
        Caller desk = Caller.desk(site, Language.JA).listed(new Addressee.SiteDesk(site));
        Caller borrower = Caller.staff("somu").listed();
        Booking booking = Booking.of(site, borrower.subject(), at(day, 10, 0), at(day, 17, 0));

        SampleEvents.send(Topics.LENDING, SampleEvents.approved(booking, "承認します"));

        List<Reminder> scheduled = awaitReminders(booking.reservationId(), 2);
        assertThat(scheduled).extracting(Reminder::kind, Reminder::dueAt).containsExactly(
                org.assertj.core.groups.Tuple.tuple(NotificationKind.HAND_OVER_TODAY, at(day, 8, 30)),
                org.assertj.core.groups.Tuple.tuple(NotificationKind.RETURN_REMINDER, at(day, 16, 0)));
        Inbox.awaitItems(borrower, 1);

        MovableClock.INSTANCE.travelTo(at(day, 8, 31));
        send.sendDue();
        send.sendDue();

        assertThat(Inbox.of(desk)).extracting(i -> i.get("kind")).containsExactly("HAND_OVER_TODAY");
        assertThat(Inbox.of(borrower)).extracting(i -> i.get("kind")).containsExactly("RESERVATION_APPROVED");

        MovableClock.INSTANCE.travelTo(at(day, 16, 1));
        send.sendDue();

        assertThat(Inbox.of(borrower)).extracting(i -> i.get("kind")).containsExactly("RETURN_REMINDER", "RESERVATION_APPROVED");
        assertThat(Inbox.of(borrower).get(0).get("title").toString()).isEqualTo("返却期限が近づいています（端末 No.014）");
        assertThat(statuses(booking.reservationId())).containsOnly(ReminderStatus.SENT);
    }

    @Test
    void two_instances_looking_at_the_same_moment_send_a_due_reminder_once() {
        LocalDate day = LocalDate.now(TOKYO).plusDays(21);
        String site = "site-" + UUID.randomUUID().toString().substring(0, 8);
        Caller desk = Caller.desk(site, Language.JA).listed(new Addressee.SiteDesk(site));
        Booking booking = Booking.of(site, "borrower-" + UUID.randomUUID(), at(day, 10, 0), at(day, 17, 0));
        SampleEvents.send(Topics.LENDING, SampleEvents.requested(booking, "CONFIRMED"));
        awaitReminders(booking.reservationId(), 2);

        MovableClock.INSTANCE.travelTo(at(day, 8, 45));
        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(send::sendDue);
        CompletableFuture<Integer> other = CompletableFuture.supplyAsync(send::sendDue);
        CompletableFuture.allOf(one, other).join();

        assertThat(Inbox.of(desk)).extracting(i -> i.get("kind")).containsExactly("HAND_OVER_TODAY");
    }

    @Test
    void a_booking_returned_or_cancelled_before_its_reminders_drops_them() {
        LocalDate day = LocalDate.now(TOKYO).plusDays(22);
        String site = "site-" + UUID.randomUUID().toString().substring(0, 8);
        Caller borrower = Caller.staff("somu").listed();
        Booking returned = Booking.of(site, borrower.subject(), at(day, 10, 0), at(day, 17, 0));
        Booking cancelled = Booking.of(site, borrower.subject(), at(day, 11, 0), at(day, 15, 0));
        SampleEvents.send(Topics.LENDING, SampleEvents.requested(returned, "CONFIRMED"));
        SampleEvents.send(Topics.LENDING, SampleEvents.requested(cancelled, "CONFIRMED"));
        awaitReminders(returned.reservationId(), 2);
        awaitReminders(cancelled.reservationId(), 2);

        SampleEvents.send(Topics.LENDING, SampleEvents.returned(returned, at(day, 12, 0)));
        SampleEvents.send(Topics.LENDING, SampleEvents.cancelled(cancelled, "BY_BORROWER"));

        await().atMost(Duration.ofSeconds(30)).until(() -> statuses(returned.reservationId()).stream()
                .allMatch(ReminderStatus.DROPPED::equals));
        await().atMost(Duration.ofSeconds(30)).until(() -> statuses(cancelled.reservationId()).stream()
                .allMatch(ReminderStatus.DROPPED::equals));
        MovableClock.INSTANCE.travelTo(at(day, 17, 0));
        send.sendDue();
        assertThat(Inbox.of(borrower)).extracting(i -> i.get("kind")).containsOnly("RESERVATION_CONFIRMED");
    }
}
