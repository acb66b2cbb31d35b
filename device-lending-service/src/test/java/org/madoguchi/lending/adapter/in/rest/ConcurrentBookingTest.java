package org.madoguchi.lending.adapter.in.rest;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.madoguchi.contracts.ReceivedEvent;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.madoguchi.lending.adapter.in.rest.LendingApi.TOKYO;
import static org.madoguchi.lending.adapter.in.rest.LendingApi.at;

/** However many ask at once, one device is booked once for a period. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "lending"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class ConcurrentBookingTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void a_hundred_concurrent_overlapping_bookings_leave_exactly_one_and_ninety_nine_clean_conflicts() throws Exception {
        String device = LendingApi.deviceId("020");
        LocalDate day = LocalDate.now(TOKYO).plusDays(40);
        List<Staff> staff = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            staff.add(Staff.member("職員" + i, "somu"));
        }
        List<String> tokens = staff.stream().map(Staff::token).toList();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(100);
        List<Future<Response>> answers = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            Instant start = at(day, "10:00").plusSeconds(60L * i);
            Instant end = at(day, "12:00").plusSeconds(60L * i);
            String token = tokens.get(i);
            answers.add(pool.submit(() -> {
                go.await();
                return io.restassured.RestAssured.given().auth().oauth2(token).contentType("application/json")
                        .body(LendingApi.booking(device, start, end, "TELEWORK"))
                        .post("/api/v1/lending/reservations");
            }));
        }
        go.countDown();
        List<Response> responses = new ArrayList<>();
        for (Future<Response> answer : answers) {
            responses.add(answer.get(120, TimeUnit.SECONDS));
        }
        pool.shutdown();

        List<Response> created = responses.stream().filter(r -> r.statusCode() == 201).toList();
        List<Response> conflicts = responses.stream().filter(r -> r.statusCode() == 409).toList();
        assertThat(created).hasSize(1);
        assertThat(conflicts).hasSize(99);
        Instant winnerStart = Instant.parse(created.get(0).path("start"));
        String winnerFrom = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(winnerStart.atZone(TOKYO));
        assertThat(conflicts).allSatisfy(r -> {
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.<String>path("type")).endsWith("/reservation-overlaps");
            assertThat(r.<String>path("detail")).contains(winnerFrom);
        });
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select count(*) from reservation where device_id = ?::uuid "
                     + "and status in ('PENDING', 'CONFIRMED', 'LENT', 'OVERDUE')")) {
            s.setString(1, device);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        }
    }

    @Test
    void concurrent_decisions_on_one_booking_leave_one_winner_and_clean_conflicts() throws Exception {
        Staff borrower = Staff.member("木村", "somu");
        Staff desk = Staff.desk("honchosha", "joho-seisaku");
        LocalDate day = LocalDate.now(TOKYO).plusDays(42);
        String booking = LendingApi.book(borrower, LendingApi.deviceId("022"), at(day, "17:00"), at(day.plusDays(1), "09:00"),
                "WORK_FROM_HOME");
        String borrowerToken = borrower.token();
        String deskToken = desk.token();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(12);
        List<String> actions = new ArrayList<>();
        List<Future<Response>> answers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String action = i % 3 == 0 ? "cancel" : i % 3 == 1 ? "approve" : "decline";
            String token = i % 3 == 0 ? borrowerToken : deskToken;
            actions.add(action);
            answers.add(pool.submit(() -> {
                go.await();
                return io.restassured.RestAssured.given().auth().oauth2(token).contentType("application/json").body("{}")
                        .post("/api/v1/lending/reservations/" + booking + "/" + action);
            }));
        }
        go.countDown();
        java.util.Map<String, Integer> succeeded = new java.util.HashMap<>();
        for (int i = 0; i < answers.size(); i++) {
            int status = answers.get(i).get(60, TimeUnit.SECONDS).statusCode();
            assertThat(status).as("%s answered", actions.get(i)).isIn(200, 409);
            if (status == 200) {
                succeeded.merge(actions.get(i), 1, Integer::sum);
            }
        }
        pool.shutdown();

        // one decision at most, one cancellation at most (approving and then cancelling is a legal order)
        int decisions = succeeded.getOrDefault("approve", 0) + succeeded.getOrDefault("decline", 0);
        assertThat(decisions).isLessThanOrEqualTo(1);
        assertThat(succeeded.getOrDefault("cancel", 0)).isLessThanOrEqualTo(1);
        assertThat(succeeded.getOrDefault("decline", 0) + succeeded.getOrDefault("cancel", 0)).isLessThanOrEqualTo(1);
        String expected = succeeded.containsKey("cancel") ? "CANCELLED"
                : succeeded.containsKey("approve") ? "CONFIRMED" : "DECLINED";
        assertThat(succeeded).isNotEmpty();
        assertThat(LendingApi.reservation(borrower, booking).getString("status")).isEqualTo(expected);
        List<ReceivedEvent> events = LendingEventLog.await(LendingEventLog.about("reservationId", booking), 1 + decisions
                + succeeded.getOrDefault("cancel", 0));
        assertThat(events).hasSize(1 + decisions + succeeded.getOrDefault("cancel", 0));
    }

    @Test
    void the_database_itself_refuses_a_second_active_booking_that_overlaps() throws Exception {
        String device = LendingApi.deviceId("021");
        Instant start = at(LocalDate.now(TOKYO).plusDays(41), "10:00");
        LendingApi.book(Staff.member("鈴木", "somu"), device, start, start.plusSeconds(3600), "MEETING");
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("""
                     insert into reservation (id, device_id, site_code, borrower_subject, starts_at, ends_at, purpose, status, requested_at)
                     values (gen_random_uuid(), ?::uuid, 'honchosha', 'intruder', ?, ?, 'MEETING', 'CONFIRMED', now())""")) {
            insert.setString(1, device);
            insert.setObject(2, java.time.OffsetDateTime.ofInstant(start.plusSeconds(1800), TOKYO));
            insert.setObject(3, java.time.OffsetDateTime.ofInstant(start.plusSeconds(5400), TOKYO));
            org.assertj.core.api.Assertions.assertThatThrownBy(insert::executeUpdate)
                    .isInstanceOf(java.sql.SQLException.class)
                    .satisfies(e -> assertThat(((java.sql.SQLException) e).getSQLState()).isEqualTo("23P01"));
        }
    }
}
