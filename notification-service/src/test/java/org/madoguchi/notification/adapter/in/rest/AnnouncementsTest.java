package org.madoguchi.notification.adapter.in.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.madoguchi.contracts.ReceivedEvent;
import org.madoguchi.notification.Caller;
import org.madoguchi.notification.Inbox;
import org.madoguchi.notification.MovableClock;
import org.madoguchi.notification.NotificationEventLog;
import org.madoguchi.notification.StandInPorts;
import org.madoguchi.notification.application.port.in.FanOutAnnouncementsUseCase;
import org.madoguchi.notification.domain.model.Addressee;
import org.madoguchi.notification.domain.model.Language;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.WireFeedInput;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * お知らせ: 情報政策課 drafts, publishes and withdraws; an announcement reaches its audience's inboxes when its
 * period begins, once; the public feed (JSON, RSS 2.0, Atom) shows what is for everyone and citizens, the staff
 * feed what is for staff and the reader's department.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(StandInPorts.class)
class AnnouncementsTest {

    private final Caller infoPolicy = Caller.infoPolicy();

    @Inject
    FanOutAnnouncementsUseCase fanOut;

    @AfterEach
    void backToNow() {
        MovableClock.INSTANCE.reset();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    private String published(String audience, String department, Instant from, Instant until) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "title", "スマートフォン用電子証明書搭載サービスが始まります",
                "titleEn", "The smartphone e-certificate service starts",
                "body", "令和5年5月11日からAndroid端末で利用できます。機種変更・修理の前にはマイナポータルアプリで失効してください。"
                        + "紛失・盗難のときは一時利用停止（0120-95-0178、24時間365日）。",
                "bodyEn", "From 11 May 2023 on Android phones. Revoke the certificate before trading in or repairing"
                        + " the phone; suspend it on 0120-95-0178 (24 hours a day) if it is lost.",
                "audience", audience, "from", from.toString(), "until", until.toString()));
        if (department != null) {
            body.put("department", department);
        }
        String id = infoPolicy.call().body(body).post("/api/v1/announcements").then().statusCode(201)
                .body("status", equalTo("DRAFT")).extract().path("id");
        infoPolicy.call().post("/api/v1/announcements/" + id + "/publish").then().statusCode(200)
                .body("status", equalTo("PUBLISHED"));
        return id;
    }

    @Test
    void only_the_information_policy_division_drafts_and_a_draft_breaking_rules_is_refused_with_every_field() {
        Map<String, Object> body = Map.of("title", "お知らせ", "body", "本文", "audience", "EVERYONE",
                "from", "2031-01-01T00:00:00Z", "until", "2031-02-01T00:00:00Z");
        Caller.staff("somu").call().body(body).post("/api/v1/announcements").then().statusCode(403);
        Caller.citizen(Language.JA).call().body(body).post("/api/v1/announcements").then().statusCode(403);

        infoPolicy.call().body(Map.of("title", " ", "body", "本文", "audience", "DEPARTMENT",
                        "from", "2031-02-01T00:00:00Z", "until", "2031-01-01T00:00:00Z"))
                .post("/api/v1/announcements").then().statusCode(400).body("type", endsWith("/validation-failed"))
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("title", "until", "department"));
        infoPolicy.call().body(Map.of("title", "改行\nのある題", "body", "本文", "audience", "EVERYONE",
                        "from", "2031-01-01T00:00:00Z", "until", "2031-02-01T00:00:00Z"))
                .post("/api/v1/announcements").then().statusCode(400);
    }

    @Test
    void a_published_announcement_reaches_its_audience_when_its_period_begins_once_and_the_feeds_show_it() throws Exception {
        Caller citizen = Caller.citizen(Language.EN).listed(new Addressee.Citizens());
        Caller staff = Caller.staff("somu").listed(new Addressee.AllStaff());
        Instant from = now().plus(Duration.ofHours(2));
        String id = published("EVERYONE", null, from, from.plus(Duration.ofDays(30)));
        infoPolicy.call().post("/api/v1/announcements/" + id + "/publish").then().statusCode(409)
                .body("type", endsWith("/announcement-not-draft"));

        fanOut.fanOutDue();
        assertThat(Inbox.of(citizen)).isEmpty();
        given().get("/api/v1/announcements/feed").then().statusCode(200).body("id", not(hasItem(id)));

        MovableClock.INSTANCE.travelTo(from.plus(Duration.ofMinutes(1)));
        fanOut.fanOutDue();
        fanOut.fanOutDue();

        assertThat(Inbox.of(citizen)).singleElement().satisfies(item -> {
            assertThat(item).containsEntry("kind", "ANNOUNCEMENT").containsEntry("language", "en");
            assertThat(item.get("title").toString()).isEqualTo("[Announcement] The smartphone e-certificate service starts");
        });
        assertThat(Inbox.of(staff)).singleElement().satisfies(item ->
                assertThat(item.get("body").toString()).contains("0120-95-0178", "掲載期間: 令和"));
        given().get("/api/v1/announcements/feed").then().statusCode(200).body("id", hasItem(id));
        Caller.staff("somu").call().get("/api/v1/announcements/staff-feed").then().statusCode(200).body("id", hasItem(id));

        String rss = given().get("/api/v1/announcements/feed.rss").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("application/rss+xml")).extract().asString();
        Channel channel = (Channel) new WireFeedInput().build(new StringReader(rss));
        assertThat(channel.getFeedType()).isEqualTo("rss_2.0");
        assertThat(channel.getTitle()).isEqualTo("お知らせ");
        assertThat(channel.getLink()).isNotBlank();
        assertThat(channel.getDescription()).isNotBlank();
        assertThat(channel.getItems()).extracting(Item::getTitle).contains("スマートフォン用電子証明書搭載サービスが始まります");
        assertThat(channel.getItems()).filteredOn(i -> i.getGuid().getValue().equals("urn:uuid:" + id)).singleElement()
                .satisfies(i -> assertThat(i.getPubDate()).isEqualTo(java.util.Date.from(from)));

        String atom = given().get("/api/v1/announcements/feed.atom").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("application/atom+xml")).extract().asString();
        Feed feed = (Feed) new WireFeedInput().build(new StringReader(atom));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getId()).isNotBlank();
        assertThat(feed.getUpdated()).isNotNull();
        assertThat(feed.getEntries()).filteredOn(e -> e.getId().equals("urn:uuid:" + id)).singleElement()
                .satisfies(e -> {
                    assertThat(e.getTitle()).isEqualTo("スマートフォン用電子証明書搭載サービスが始まります");
                    assertThat(e.getUpdated()).isNotNull();
                });
        assertThat(feed.getEntries()).extracting(Entry::getId).doesNotHaveDuplicates();

        List<ReceivedEvent> events = NotificationEventLog.await(e -> e.subject().equals(id), 1);
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("madoguchi.notifications.announcement-published.v1");
            assertThat(e.data().get("recipients").asInt()).isGreaterThanOrEqualTo(2);
            assertThat(e.data().get("audience").asText()).isEqualTo("EVERYONE");
        });
    }

    @Test
    void staff_and_department_announcements_stay_out_of_the_public_feed_and_reach_only_their_audience() {
        String department = "dept-" + UUID.randomUUID().toString().substring(0, 8);
        Caller clerk = Caller.staff(department).listed(new Addressee.DepartmentStaff(department), new Addressee.AllStaff());
        Caller otherClerk = Caller.staff("other-dept").listed(new Addressee.DepartmentStaff("other-dept"));
        Caller citizen = Caller.citizen(Language.JA).listed(new Addressee.Citizens());
        Instant from = now().minus(Duration.ofMinutes(1));
        String forDepartment = published("DEPARTMENT", department, from, from.plus(Duration.ofDays(7)));
        String forStaff = published("STAFF", null, from, from.plus(Duration.ofDays(7)));
        String forCitizens = published("CITIZENS", null, from, from.plus(Duration.ofDays(7)));

        fanOut.fanOutDue();

        assertThat(Inbox.of(clerk)).hasSize(2);
        assertThat(Inbox.of(otherClerk)).isEmpty();
        assertThat(Inbox.of(citizen)).hasSize(1);
        given().get("/api/v1/announcements/feed").then().statusCode(200)
                .body("id", hasItem(forCitizens)).body("id", not(hasItem(forStaff))).body("id", not(hasItem(forDepartment)));
        clerk.call().get("/api/v1/announcements/staff-feed").then().statusCode(200)
                .body("id", hasItem(forDepartment)).body("id", hasItem(forStaff)).body("id", not(hasItem(forCitizens)));
        otherClerk.call().get("/api/v1/announcements/staff-feed").then().statusCode(200)
                .body("id", not(hasItem(forDepartment)));
        citizen.call().get("/api/v1/announcements/staff-feed").then().statusCode(403);
    }

    @Test
    void a_withdrawn_announcement_leaves_every_feed() {
        Instant from = now().minus(Duration.ofMinutes(1));
        String id = published("EVERYONE", null, from, from.plus(Duration.ofDays(7)));
        given().get("/api/v1/announcements/feed").then().body("id", hasItem(id));

        infoPolicy.call().post("/api/v1/announcements/" + id + "/withdraw").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));

        given().get("/api/v1/announcements/feed").then().body("id", not(hasItem(id)));
        assertThat(given().get("/api/v1/announcements/feed.rss").asString()).doesNotContain(id);
        infoPolicy.call().post("/api/v1/announcements/" + id + "/withdraw").then().statusCode(409)
                .body("type", endsWith("/announcement-not-published"));
        infoPolicy.call().get("/api/v1/announcements").then().statusCode(200)
                .body("find { it.id == '" + id + "' }.status", equalTo("WITHDRAWN"));
    }
}
