package org.madoguchi.notification.adapter.in.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.madoguchi.contracts.EventEnvelope;
import org.madoguchi.contracts.Topics;
import org.madoguchi.notification.Caller;
import org.madoguchi.notification.Inbox;
import org.madoguchi.notification.SampleEvents;
import org.madoguchi.notification.SampleEvents.Booking;
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
 * Events of lending, applications and procedures, produced to the real Kafka broker as their services publish
 * them (each checked against its contract), notify the right people, in their language, once.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(StandInPorts.class)
class EventNotificationsTest {

    private static final Instant START = Instant.parse("2031-05-12T00:30:00Z");
    private static final Instant END = Instant.parse("2031-05-12T08:00:00Z");

    private static Map<String, Object> kind(List<Map<String, Object>> inbox, String kind) {
        return inbox.stream().filter(i -> kind.equals(i.get("kind"))).findFirst().orElseThrow();
    }

    private static String site() {
        return "site-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void a_pending_booking_tells_the_site_s_desk_in_its_language_and_the_approval_tells_the_borrower_in_japanese() {
        String site = site();
        Caller desk = Caller.desk(site, Language.EN).listed(new Addressee.SiteDesk(site));
        Caller otherDesk = Caller.desk(site(), Language.JA).listed(new Addressee.SiteDesk("elsewhere"));
        Caller borrower = Caller.staff("kenko-kosodate").listed();
        Booking booking = Booking.of(site, borrower.subject(), START, END);

        SampleEvents.send(Topics.LENDING, SampleEvents.requested(booking, "PENDING"));
        SampleEvents.send(Topics.LENDING, SampleEvents.approved(booking, "充電器もお持ちください。"));

        Map<String, Object> awaiting = Inbox.awaitItems(desk, 1).get(0);
        assertThat(awaiting).containsEntry("kind", "RESERVATION_AWAITING_APPROVAL").containsEntry("language", "en")
                .containsEntry("urgent", false);
        assertThat((String) awaiting.get("title")).isEqualTo("A booking awaits your approval (device No.014)");
        assertThat((String) awaiting.get("body")).contains("12 May 2031, 09:30 to 12 May 2031, 17:00", "Field work");
        Map<String, Object> approved = Inbox.awaitItems(borrower, 1).get(0);
        assertThat(approved).containsEntry("kind", "RESERVATION_APPROVED").containsEntry("language", "ja");
        assertThat((String) approved.get("title")).isEqualTo("予約が承認されました（端末 No.014）");
        assertThat((String) approved.get("body")).contains("令和13年5月12日 9:30 〜 令和13年5月12日 17:00", "現地作業",
                "窓口からのコメント: 充電器もお持ちください。");
        assertThat(Inbox.of(otherDesk)).isEmpty();
    }

    @Test
    void a_booking_cancelled_for_disaster_response_says_so_and_is_urgent() {
        Caller borrower = Caller.staff("somu").listed();
        Booking booking = Booking.of(site(), borrower.subject(), START, END);

        SampleEvents.send(Topics.LENDING, SampleEvents.cancelled(booking, "DISASTER_PREEMPTION"));

        Map<String, Object> item = Inbox.awaitItems(borrower, 1).get(0);
        assertThat(item).containsEntry("kind", "RESERVATION_PREEMPTED").containsEntry("urgent", true);
        assertThat((String) item.get("title")).startsWith("【災害モード】");
        assertThat((String) item.get("body")).contains("災害モードが宣言されたため、災害対応以外の予約は取り消されました");
    }

    @Test
    void a_booking_the_borrower_cancels_themselves_notifies_nobody() {
        Caller borrower = Caller.staff("somu").listed();
        Booking booking = Booking.of(site(), borrower.subject(), START, END);
        SampleEvents.send(Topics.LENDING, SampleEvents.cancelled(booking, "BY_BORROWER"));
        SampleEvents.send(Topics.LENDING, SampleEvents.overdue(booking));

        List<Map<String, Object>> inbox = Inbox.awaitItems(borrower, 1);

        assertThat(inbox).extracting(i -> i.get("kind")).containsExactly("RESERVATION_OVERDUE");
    }

    @Test
    void a_lost_device_is_urgent_news_for_the_site_s_desk_and_the_information_policy_division() {
        String site = site();
        Caller desk = Caller.desk(site, Language.JA).listed(new Addressee.SiteDesk(site));
        Caller infoPolicy = Caller.infoPolicy().listed(new Addressee.InformationPolicy());
        Caller holder = Caller.staff("somu").listed();
        Booking booking = Booking.of(site, holder.subject(), START, END);

        SampleEvents.send(Topics.LENDING, SampleEvents.reportedLost(booking, Instant.parse("2031-05-12T03:15:00Z")));

        for (Caller told : List.of(desk, infoPolicy)) {
            Map<String, Object> item = Inbox.awaitItems(told, 1).get(0);
            assertThat(item).containsEntry("kind", "DEVICE_LOST").containsEntry("urgent", true);
            assertThat((String) item.get("title")).isEqualTo("【至急】端末 No.014 の紛失が報告されました");
            assertThat((String) item.get("body")).contains("報告日時: 令和13年5月12日 12:15");
        }
        assertThat(Inbox.of(holder)).isEmpty();
    }

    @Test
    void the_borrower_is_asked_for_a_written_report_recalled_in_disaster_mode_and_told_of_an_overdue_device() {
        String site = site();
        Caller desk = Caller.desk(site, Language.JA).listed(new Addressee.SiteDesk(site));
        Caller borrower = Caller.staff("somu").listed();
        Booking booking = Booking.of(site, borrower.subject(), START, END);

        SampleEvents.send(Topics.LENDING, SampleEvents.incidentOpened(booking, "DAMAGE"));
        SampleEvents.send(Topics.LENDING, SampleEvents.recalled(booking, Instant.now()));
        SampleEvents.send(Topics.LENDING, SampleEvents.overdue(booking));

        List<Map<String, Object>> inbox = Inbox.awaitItems(borrower, 3);
        assertThat(inbox).extracting(i -> i.get("kind"))
                .containsExactlyInAnyOrder("RESERVATION_OVERDUE", "DEVICE_RECALLED", "INCIDENT_REPORT_REQUIRED");
        assertThat(kind(inbox, "INCIDENT_REPORT_REQUIRED").get("body").toString()).contains("「破損」が記録されました", "顛末書");
        assertThat(kind(inbox, "DEVICE_RECALLED")).containsEntry("urgent", true);
        assertThat(kind(inbox, "RESERVATION_OVERDUE")).containsEntry("urgent", false);
        assertThat(Inbox.awaitItems(desk, 1)).extracting(i -> i.get("kind")).containsExactly("RESERVATION_OVERDUE");
    }

    @Test
    void an_application_received_and_returned_for_correction_tells_the_applicant_with_the_receipt_number_and_reason() {
        Caller applicant = Caller.citizen(Language.EN).listed();
        String application = UUID.randomUUID().toString();

        SampleEvents.send(Topics.APPLICATIONS, SampleEvents.submitted(application, applicant.subject(), "kenko-kosodate"));
        SampleEvents.send(Topics.APPLICATIONS, SampleEvents.statusChanged(application, applicant.subject(),
                "kenko-kosodate", "UNDER_REVIEW", "RETURNED", "The copy of the health insurance card is missing."));

        List<Map<String, Object>> inbox = Inbox.awaitItems(applicant, 2);
        assertThat(inbox).extracting(i -> i.get("kind")).containsExactly("APPLICATION_RETURNED", "APPLICATION_RECEIVED");
        assertThat((String) inbox.get(1).get("title")).isEqualTo("Application received (receipt number R5-000123)");
        assertThat((String) inbox.get(1).get("body")).contains("Child allowance claim", "Expected by: 25 May 2023");
        assertThat((String) inbox.get(0).get("body"))
                .contains("Why it was returned: The copy of the health insurance card is missing.");
    }

    @Test
    void an_anonymous_application_notifies_nobody_and_a_withdrawal_tells_the_department_s_staff() {
        String department = "dept-" + UUID.randomUUID().toString().substring(0, 8);
        Caller clerk = Caller.staff(department).listed(new Addressee.DepartmentStaff(department));
        String anonymous = UUID.randomUUID().toString();
        String withdrawn = UUID.randomUUID().toString();

        SampleEvents.send(Topics.APPLICATIONS, SampleEvents.submitted(anonymous, null, department));
        SampleEvents.send(Topics.APPLICATIONS, SampleEvents.withdrawn(withdrawn, "citizen-1", department));

        Map<String, Object> item = Inbox.awaitItems(clerk, 1).get(0);
        assertThat(item).containsEntry("kind", "APPLICATION_WITHDRAWN");
        assertThat((String) item.get("title")).isEqualTo("申請が取り下げられました（受付番号 R5-000123）");
    }

    @Test
    void a_published_form_is_a_staff_notice_for_its_department() {
        String department = "dept-" + UUID.randomUUID().toString().substring(0, 8);
        Caller clerk = Caller.staff(department).listed(new Addressee.DepartmentStaff(department));

        SampleEvents.send(Topics.PROCEDURES, SampleEvents.formPublished(UUID.randomUUID().toString(), department));

        Map<String, Object> item = Inbox.awaitItems(clerk, 1).get(0);
        assertThat(item).containsEntry("kind", "FORM_PUBLISHED");
        assertThat((String) item.get("title")).isEqualTo("様式「犬の登録申請」が公開されました（第1版）");
    }

    @Test
    void an_event_delivered_twice_notifies_once() {
        Caller borrower = Caller.staff("somu").listed();
        Booking booking = Booking.of(site(), borrower.subject(), START, END);
        String json = SampleEvents.send(Topics.LENDING, SampleEvents.requested(booking, "CONFIRMED"));
        SampleEvents.resend(Topics.LENDING, booking.reservationId(), json);
        SampleEvents.resend(Topics.LENDING, booking.reservationId(), json);
        Caller marker = Caller.staff("somu").listed();
        String markerEvent = EventEnvelope.write(SampleEvents.requested(
                Booking.of(booking.siteCode(), marker.subject(), START, END), "CONFIRMED"));

        // under the same key, so on the same partition: read after the repeats
        SampleEvents.resend(Topics.LENDING, booking.reservationId(), markerEvent);

        Inbox.awaitItems(marker, 1);
        assertThat(Inbox.of(borrower)).singleElement()
                .satisfies(i -> assertThat(i).containsEntry("kind", "RESERVATION_CONFIRMED"));
    }
}
