package org.madoguchi.notification.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ChannelPlanTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final QuietHours CITY = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0), TOKYO);
    private static final Instant DAY = Instant.parse("2023-05-11T01:00:00Z");
    private static final Instant NIGHT = Instant.parse("2023-05-11T14:00:00Z");
    private static final Contact REACHABLE = new Contact("s-1", Language.JA, Optional.of("hanako@example.jp"),
            Optional.of("U123"));

    private static Notification notification(NotificationKind kind) {
        return Notification.create("s-1", kind, new Message(Language.JA, "題", "本文"), "event-1", DAY);
    }

    private static Preferences choosing(NotificationKind kind, Channel... channels) {
        return new Preferences("s-1", Optional.empty(), Optional.empty(), Optional.of("U123"),
                Map.of(kind, channels.length == 0 ? Set.of() : EnumSet.of(channels[0], channels)),
                Optional.empty(), Optional.empty());
    }

    private static DeliveryStatus status(List<Delivery> deliveries, Channel channel) {
        return deliveries.stream().filter(d -> d.channel() == channel).findFirst().orElseThrow().status();
    }

    @Test
    void by_default_a_notification_lands_in_the_inbox_and_goes_by_email() {
        List<Delivery> plan = ChannelPlan.deliveries(notification(NotificationKind.RESERVATION_APPROVED),
                Preferences.none("s-1"), REACHABLE, CITY, DAY);

        assertThat(plan).extracting(Delivery::channel, Delivery::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Channel.INBOX, DeliveryStatus.SENT),
                org.assertj.core.groups.Tuple.tuple(Channel.EMAIL, DeliveryStatus.PENDING),
                org.assertj.core.groups.Tuple.tuple(Channel.MESSAGING, DeliveryStatus.SUPPRESSED));
        assertThat(plan.get(1).address()).isEqualTo("hanako@example.jp");
    }

    @Test
    void a_kind_turned_off_for_email_is_suppressed_by_preference_but_an_urgent_kind_still_goes_by_email() {
        List<Delivery> approved = ChannelPlan.deliveries(notification(NotificationKind.RESERVATION_APPROVED),
                choosing(NotificationKind.RESERVATION_APPROVED, Channel.INBOX), REACHABLE, CITY, DAY);
        List<Delivery> lost = ChannelPlan.deliveries(notification(NotificationKind.DEVICE_LOST),
                choosing(NotificationKind.DEVICE_LOST), REACHABLE, CITY, DAY);

        assertThat(status(approved, Channel.EMAIL)).isEqualTo(DeliveryStatus.SUPPRESSED);
        assertThat(approved.get(1).suppressedBecause()).isEqualTo(ChannelPlan.BY_PREFERENCE);
        assertThat(status(lost, Channel.INBOX)).isEqualTo(DeliveryStatus.SENT);
        assertThat(status(lost, Channel.EMAIL)).isEqualTo(DeliveryStatus.PENDING);
    }

    @Test
    void a_push_in_the_quiet_hours_is_held_until_seven_unless_it_is_urgent() {
        List<Delivery> reminder = ChannelPlan.deliveries(notification(NotificationKind.RETURN_REMINDER),
                choosing(NotificationKind.RETURN_REMINDER, Channel.MESSAGING), REACHABLE, CITY, NIGHT);
        List<Delivery> lost = ChannelPlan.deliveries(notification(NotificationKind.DEVICE_LOST),
                choosing(NotificationKind.DEVICE_LOST, Channel.MESSAGING), REACHABLE, CITY, NIGHT);

        Delivery held = reminder.get(2);
        assertThat(held.status()).isEqualTo(DeliveryStatus.HELD);
        assertThat(held.nextAttemptAt()).isEqualTo(Instant.parse("2023-05-11T22:00:00Z"));
        assertThat(held.dueAt(NIGHT)).isFalse();
        assertThat(held.dueAt(Instant.parse("2023-05-11T22:00:00Z"))).isTrue();
        assertThat(status(lost, Channel.MESSAGING)).isEqualTo(DeliveryStatus.PENDING);
    }

    @Test
    void a_person_s_own_quiet_hours_replace_the_city_s() {
        Preferences early = new Preferences("s-1", Optional.empty(), Optional.empty(), Optional.of("U123"),
                Map.of(NotificationKind.RETURN_REMINDER, Set.of(Channel.MESSAGING)),
                Optional.of(LocalTime.of(20, 0)), Optional.of(LocalTime.of(6, 0)));
        Instant nine = Instant.parse("2023-05-11T12:00:00Z");

        Delivery held = ChannelPlan.deliveries(notification(NotificationKind.RETURN_REMINDER), early, REACHABLE, CITY,
                nine).get(2);

        assertThat(held.status()).isEqualTo(DeliveryStatus.HELD);
        assertThat(held.nextAttemptAt()).isEqualTo(Instant.parse("2023-05-11T21:00:00Z"));
    }

    @Test
    void without_an_address_a_channel_is_suppressed_for_want_of_one() {
        Contact unreachable = new Contact("s-1", Language.EN, Optional.empty(), Optional.empty());

        List<Delivery> plan = ChannelPlan.deliveries(notification(NotificationKind.DEVICE_LOST),
                choosing(NotificationKind.DEVICE_LOST, Channel.MESSAGING), unreachable, CITY, DAY);

        assertThat(plan).filteredOn(d -> d.channel() != Channel.INBOX)
                .extracting(Delivery::suppressedBecause).containsOnly(ChannelPlan.NO_ADDRESS);
    }

    @Test
    void a_failed_try_waits_twice_as_long_each_time_until_the_last_try_fails_the_delivery() {
        RetryPolicy retry = new RetryPolicy(3, java.time.Duration.ofSeconds(30), java.time.Duration.ofMinutes(30));
        Delivery pending = Delivery.pending(NotificationId.random(), Channel.MESSAGING, "U1", DAY);

        Delivery first = pending.failedAttempt("http-503", DAY, retry);
        Delivery second = first.failedAttempt("http-503", DAY, retry);
        Delivery third = second.failedAttempt("timeout", DAY, retry);

        assertThat(first.nextAttemptAt()).isEqualTo(DAY.plusSeconds(30));
        assertThat(second.nextAttemptAt()).isEqualTo(DAY.plusSeconds(60));
        assertThat(third.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(third.attempts()).isEqualTo(3);
        assertThat(third.lastError()).isEqualTo("timeout");
        assertThat(retry.backoff(20)).isEqualTo(java.time.Duration.ofMinutes(30));
    }
}
