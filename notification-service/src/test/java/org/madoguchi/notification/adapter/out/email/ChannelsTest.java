package org.madoguchi.notification.adapter.out.email;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.madoguchi.contracts.ReceivedEvent;
import org.madoguchi.contracts.Topics;
import org.madoguchi.notification.Caller;
import org.madoguchi.notification.Inbox;
import org.madoguchi.notification.MessagingStandIn;
import org.madoguchi.notification.MovableClock;
import org.madoguchi.notification.NotificationEventLog;
import org.madoguchi.notification.SampleEvents;
import org.madoguchi.notification.SampleEvents.Booking;
import org.madoguchi.notification.SmtpStandIn;
import org.madoguchi.notification.StandInPorts;
import org.madoguchi.notification.domain.model.Addressee;
import org.madoguchi.notification.domain.model.Language;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The outside channels against real servers: email to a real SMTP server (GreenMail) with one-click unsubscribe,
 * the messaging app against a local HTTP server shaped like the LINE push endpoint that fails on demand, retries
 * with backoff, quiet hours and the urgent override. The clock stands on a weekday morning in the city unless a
 * test moves it, so nothing depends on the hour the build runs at.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(StandInPorts.class)
class ChannelsTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final Instant START = Instant.parse("2031-05-12T00:30:00Z");
    private static final Instant END = Instant.parse("2031-05-12T08:00:00Z");

    @Inject
    SmtpStandIn smtp;

    @Inject
    MessagingStandIn line;

    @BeforeEach
    void standOnAMorningInTheCity() {
        MovableClock.INSTANCE.travelTo(at(LocalDate.now(TOKYO).plusDays(1), LocalTime.of(10, 0)));
    }

    @AfterEach
    void backToNow() {
        MovableClock.INSTANCE.reset();
    }

    private static Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(TOKYO).toInstant();
    }

    private static String site() {
        return "site-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static void choose(Caller person, String messagingId, Map<String, List<String>> channels) {
        person.call().body(Map.of("messagingId", messagingId, "channels", channels))
                .put("/api/v1/notifications/preferences").then().statusCode(200);
    }

    private static Object confirmedBookingFor(Caller borrower) {
        SampleEvents.send(Topics.LENDING, SampleEvents.requested(Booking.of(site(), borrower.subject(), START, END),
                "CONFIRMED"));
        return Inbox.awaitItems(borrower, 1).get(0).get("id");
    }

    private List<MimeMessage> awaitMail(String address, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> smtp.receivedBy(address).size() >= count);
        return smtp.receivedBy(address);
    }

    private static void awaitDelivery(Object notification, String channel, String status) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> status.equals(Inbox.deliveryStatus(notification, channel)));
    }

    @Test
    void a_non_urgent_email_reaches_the_smtp_server_with_one_click_unsubscribe_which_turns_that_kind_off() throws Exception {
        Caller borrower = Caller.staff("somu").listed();

        Object notification = confirmedBookingFor(borrower);

        MimeMessage mail = awaitMail(borrower.email(), 1).get(0);
        assertThat(mail.getSubject()).isEqualTo("予約が確定しました（端末 No.014）");
        assertThat(mail.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        String header = mail.getHeader("List-Unsubscribe")[0];
        assertThat(header).startsWith("<http://localhost:8084/api/v1/notifications/unsubscribe?token=").endsWith(">");
        String link = header.substring(1, header.length() - 1);
        assertThat(mail.getContent().toString()).contains("期間: 令和13年5月12日 9:30", link);
        awaitDelivery(notification, "EMAIL", "SENT");
        assertThat(Inbox.deliveryStatus(notification, "INBOX")).isEqualTo("SENT");
        assertThat(Inbox.deliveryStatus(notification, "MESSAGING")).isEqualTo("SUPPRESSED");

        URI uri = URI.create(link);
        given().urlEncodingEnabled(false).contentType("application/x-www-form-urlencoded")
                .body("List-Unsubscribe=One-Click").post(uri.getRawPath() + "?" + uri.getRawQuery())
                .then().statusCode(200).body(containsString("メール配信を停止しました"), containsString("予約が確定しました"));

        borrower.call().get("/api/v1/notifications/preferences").then().statusCode(200)
                .body("chosen.RESERVATION_CONFIRMED", org.hamcrest.Matchers.contains("INBOX"));
        SampleEvents.send(Topics.LENDING, SampleEvents.requested(Booking.of(site(), borrower.subject(), START, END),
                "CONFIRMED"));
        Object second = Inbox.awaitItems(borrower, 2).get(0).get("id");
        assertThat(Inbox.deliveries(second).getList("findAll { it.channel == 'EMAIL' }.suppressedBecause"))
                .containsExactly("preference");
        assertThat(smtp.receivedBy(borrower.email())).hasSize(1);
    }

    @Test
    void an_altered_unsubscribe_link_is_refused() {
        given().urlEncodingEnabled(false).contentType("application/x-www-form-urlencoded")
                .body("List-Unsubscribe=One-Click").post("/api/v1/notifications/unsubscribe?token=UkVTRVJW.AAAA")
                .then().statusCode(404).body("type", endsWith("/invalid-unsubscribe-link"));
    }

    @Test
    void an_urgent_email_has_no_unsubscribe_link_and_reaches_someone_who_turned_email_off() throws Exception {
        String site = site();
        Caller desk = Caller.desk(site, Language.EN).listed(new Addressee.SiteDesk(site));
        choose(desk, "U" + UUID.randomUUID().toString().replace("-", ""), Map.of("DEVICE_LOST", List.of("INBOX")));

        SampleEvents.send(Topics.LENDING, SampleEvents.reportedLost(Booking.of(site, "holder-1", START, END), START));

        MimeMessage mail = awaitMail(desk.email(), 1).get(0);
        assertThat(mail.getSubject()).isEqualTo("[Urgent] Device No.014 was reported lost");
        assertThat(mail.getHeader("List-Unsubscribe")).isNull();
        assertThat(mail.getContent().toString()).doesNotContain("unsubscribe");
    }

    @Test
    void a_failing_messaging_app_is_retried_with_backoff_then_failed_and_reported_while_email_still_goes() {
        Caller borrower = Caller.staff("somu").listed();
        String lineUser = "U" + UUID.randomUUID().toString().replace("-", "");
        choose(borrower, lineUser, Map.of("RESERVATION_CONFIRMED", List.of("INBOX", "EMAIL", "MESSAGING")));
        line.failAlways(lineUser);

        Object notification = confirmedBookingFor(borrower);

        awaitDelivery(notification, "MESSAGING", "FAILED");
        awaitDelivery(notification, "EMAIL", "SENT");
        Map<String, Object> messaging = Inbox.deliveries(notification).getMap("find { it.channel == 'MESSAGING' }");
        assertThat(messaging).containsEntry("attempts", 3).containsEntry("lastError", "http-503");
        List<MessagingStandIn.Push> calls = line.callsTo(lineUser);
        assertThat(calls).hasSize(3).extracting(MessagingStandIn.Push::answeredWith).containsOnly(503);
        assertThat(calls).extracting(MessagingStandIn.Push::retryKey).containsOnly(calls.get(0).retryKey());
        assertThat(calls.get(0).authorization()).isEqualTo("Bearer test-channel-access-token");
        List<ReceivedEvent> failed = NotificationEventLog.await(e -> e.subject().equals(notification.toString())
                && e.type().equals("madoguchi.notifications.delivery-failed.v1"), 1);
        assertThat(failed).singleElement().satisfies(e -> {
            assertThat(e.data().get("channel").asText()).isEqualTo("MESSAGING");
            assertThat(e.data().get("attempts").asInt()).isEqualTo(3);
            assertThat(e.data().get("error").asText()).isEqualTo("http-503");
            assertThat(e.data().get("recipient").asText()).isEqualTo(borrower.subject());
            assertThat(e.data().toString()).doesNotContain(lineUser, borrower.email());
        });
        assertThat(smtp.receivedBy(borrower.email())).hasSize(1);
    }

    @Test
    void a_push_that_fails_twice_goes_out_on_the_third_try_once() {
        Caller borrower = Caller.staff("somu").listed();
        String lineUser = "U" + UUID.randomUUID().toString().replace("-", "");
        choose(borrower, lineUser, Map.of("RESERVATION_CONFIRMED", List.of("MESSAGING")));
        line.failNext(lineUser, 2);

        Object notification = confirmedBookingFor(borrower);

        awaitDelivery(notification, "MESSAGING", "SENT");
        assertThat(line.callsTo(lineUser)).extracting(MessagingStandIn.Push::answeredWith).containsExactly(503, 503, 200);
        assertThat(line.callsTo(lineUser).get(2).body().at("/messages/0/text").asText())
                .startsWith("予約が確定しました（端末 No.014）");
        assertThat(Inbox.deliveries(notification).getInt("find { it.channel == 'MESSAGING' }.attempts")).isEqualTo(3);
        assertThat(NotificationEventLog.await(e -> e.subject().equals(notification.toString())
                && e.type().equals("madoguchi.notifications.delivery-succeeded.v1")
                && e.data().get("channel").asText().equals("MESSAGING"), 1)).hasSize(1);
    }

    @Test
    void in_quiet_hours_a_push_is_held_until_the_morning_but_an_urgent_one_goes_at_once() {
        LocalDate night = LocalDate.now(TOKYO).plusDays(2);
        MovableClock.INSTANCE.travelTo(at(night, LocalTime.of(23, 0)));
        String site = site();
        Caller borrower = Caller.staff("somu").listed();
        String borrowerLine = "U" + UUID.randomUUID().toString().replace("-", "");
        choose(borrower, borrowerLine, Map.of("RESERVATION_CONFIRMED", List.of("INBOX", "MESSAGING")));
        Caller desk = Caller.desk(site, Language.JA).listed(new Addressee.SiteDesk(site));
        String deskLine = "U" + UUID.randomUUID().toString().replace("-", "");
        choose(desk, deskLine, Map.of("DEVICE_LOST", List.of("INBOX", "EMAIL", "MESSAGING")));

        Object held = confirmedBookingFor(borrower);
        SampleEvents.send(Topics.LENDING, SampleEvents.reportedLost(Booking.of(site, "holder-2", START, END), START));
        Object urgent = Inbox.awaitItems(desk, 1).get(0).get("id");

        awaitDelivery(urgent, "MESSAGING", "SENT");
        assertThat(Inbox.deliveryStatus(held, "MESSAGING")).isEqualTo("HELD");
        assertThat(Inbox.deliveries(held).getString("find { it.channel == 'MESSAGING' }.nextAttemptAt"))
                .isEqualTo(at(night.plusDays(1), LocalTime.of(7, 0)).toString());
        assertThat(line.callsTo(borrowerLine)).isEmpty();

        MovableClock.INSTANCE.travelTo(at(night.plusDays(1), LocalTime.of(7, 1)));

        awaitDelivery(held, "MESSAGING", "SENT");
        assertThat(line.callsTo(borrowerLine)).hasSize(1);
    }
}
