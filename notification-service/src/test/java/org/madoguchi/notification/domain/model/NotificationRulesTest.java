package org.madoguchi.notification.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class NotificationRulesTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final NotificationRules RULES = new NotificationRules(
            new ReminderPolicy(Duration.ofHours(1), LocalTime.of(8, 30), TOKYO));
    private static final Instant NOW = Instant.parse("2023-05-10T01:00:00Z");
    private static final Booking BOOKING = new Booking("r-1", "014", "ekinan", "borrower-1",
            Instant.parse("2023-05-11T01:00:00Z"), Instant.parse("2023-05-11T08:00:00Z"), "TELEWORK", "CONFIRMED");

    @Test
    void a_lost_device_is_urgent_for_the_site_s_desk_and_the_information_policy_division() {
        assertThat(RULES.noticesFor(new Occurrence.DeviceReportedLost("014", "ekinan", "i-1", NOW)))
                .extracting(Notice::to, Notice::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(new Addressee.SiteDesk("ekinan"), NotificationKind.DEVICE_LOST),
                        org.assertj.core.groups.Tuple.tuple(new Addressee.InformationPolicy(), NotificationKind.DEVICE_LOST));
        assertThat(NotificationKind.DEVICE_LOST.urgent()).isTrue();
        assertThat(NotificationKind.RESERVATION_PREEMPTED.urgent()).isTrue();
        assertThat(NotificationKind.RETURN_REMINDER.urgent()).isFalse();
    }

    @Test
    void a_booking_cancellation_tells_the_borrower_only_when_someone_else_cancelled_it() {
        assertThat(RULES.noticesFor(new Occurrence.BookingCancelled(BOOKING, "DISASTER_PREEMPTION", NOW)))
                .extracting(Notice::kind).containsExactly(NotificationKind.RESERVATION_PREEMPTED);
        assertThat(RULES.noticesFor(new Occurrence.BookingCancelled(BOOKING, "BY_LENDING_DESK", NOW)))
                .extracting(Notice::kind).containsExactly(NotificationKind.RESERVATION_CANCELLED);
        assertThat(RULES.noticesFor(new Occurrence.BookingCancelled(BOOKING, "BY_BORROWER", NOW))).isEmpty();
    }

    @Test
    void a_returned_application_carries_its_reason_and_an_anonymous_one_tells_nobody() {
        Occurrence.Application named = new Occurrence.Application("a-1", "R5-000123", "児童手当", null, "kenko-kosodate",
                Optional.of("citizen-1"), LocalDate.of(2023, 5, 25));
        Occurrence.Application anonymous = new Occurrence.Application("a-2", "R5-000124", "アンケート", null,
                "kenko-kosodate", Optional.empty(), null);

        Notice returned = RULES.noticesFor(new Occurrence.ApplicationStatusChanged(named, "UNDER_REVIEW", "RETURNED",
                "添付書類が不足しています。", NOW)).get(0);

        assertThat(returned.kind()).isEqualTo(NotificationKind.APPLICATION_RETURNED);
        assertThat(returned.to()).isEqualTo(new Addressee.Person("citizen-1"));
        assertThat(returned.facts()).containsEntry("reason", "添付書類が不足しています。")
                .containsEntry("formTitleEn", "児童手当").containsEntry("to", ApplicationStatus.RETURNED.label());
        assertThat(RULES.noticesFor(new Occurrence.ApplicationSubmitted(anonymous, NOW))).isEmpty();
    }

    @Test
    void a_booking_that_stands_schedules_the_desk_s_morning_reminder_and_the_borrower_s_return_reminder() {
        ReminderPlan plan = RULES.remindersFor(new Occurrence.BookingRequested(BOOKING, NOW));

        assertThat(plan.toSchedule()).extracting(Reminder::kind, Reminder::dueAt).containsExactly(
                org.assertj.core.groups.Tuple.tuple(NotificationKind.RETURN_REMINDER, Instant.parse("2023-05-11T07:00:00Z")),
                org.assertj.core.groups.Tuple.tuple(NotificationKind.HAND_OVER_TODAY, Instant.parse("2023-05-10T23:30:00Z")));
        assertThat(RULES.noticeFor(plan.toSchedule().get(1)).to()).isEqualTo(new Addressee.SiteDesk("ekinan"));
        assertThat(RULES.noticeFor(plan.toSchedule().get(0)).to()).isEqualTo(new Addressee.Person("borrower-1"));
    }

    @Test
    void reminders_already_past_are_not_scheduled_and_a_pending_booking_schedules_none() {
        Instant lateThatDay = Instant.parse("2023-05-11T07:30:00Z");
        assertThat(RULES.remindersFor(new Occurrence.BookingApproved(BOOKING, null, lateThatDay)).toSchedule()).isEmpty();
        Booking pending = new Booking("r-2", "015", "ekinan", "b", BOOKING.start(), BOOKING.end(), "TELEWORK", "PENDING");
        assertThat(RULES.remindersFor(new Occurrence.BookingRequested(pending, NOW)).toSchedule()).isEmpty();
        assertThat(RULES.noticesFor(new Occurrence.BookingRequested(pending, NOW))).extracting(Notice::to)
                .containsExactly(new Addressee.SiteDesk("ekinan"));
    }

    @Test
    void a_return_drops_both_reminders_and_a_hand_over_drops_the_desk_s() {
        ReminderPlan returned = RULES.remindersFor(new Occurrence.DeviceReturned("r-1", "014", "ekinan", "b", NOW));
        ReminderPlan handedOver = RULES.remindersFor(new Occurrence.DeviceHandedOver("r-1", "014", "ekinan", "b", NOW, NOW));

        assertThat(returned.dropFor()).isEqualTo("r-1");
        assertThat(returned.dropKinds()).containsExactlyInAnyOrder(NotificationKind.RETURN_REMINDER,
                NotificationKind.HAND_OVER_TODAY);
        assertThat(handedOver.dropKinds()).containsExactly(NotificationKind.HAND_OVER_TODAY);
    }
}
