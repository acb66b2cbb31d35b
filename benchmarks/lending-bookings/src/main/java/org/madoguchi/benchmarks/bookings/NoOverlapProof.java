package org.madoguchi.benchmarks.bookings;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.madoguchi.devstack.PostgresServer;

/**
 * The proof, from the service's own database over JDBC and checked here rather than by PostgreSQL's range
 * operators: every booking that holds its device (PENDING, CONFIRMED, LENT or OVERDUE, what the service's exclusion
 * constraint covers) is read, and each pair of one device's bookings is compared as half-open periods. It also
 * compares the bookings stored with the ones the service answered 201: none answered but missing, none stored but
 * never answered.
 */
final class NoOverlapProof {

    private static final String ACTIVE = "('PENDING', 'CONFIRMED', 'LENT', 'OVERDUE')";

    /** What the database holds after the run. */
    record Result(int activeBookings, Map<String, Long> byStatus, int devices, long overlappingPairs,
            List<String> overlapExamples, int answered201, int answeredButMissing, int storedButNotAnswered,
            long reservationRequestedEvents, long unpublishedEvents) {

        boolean holds() {
            return overlappingPairs == 0 && answeredButMissing == 0;
        }
    }

    private record Stored(UUID id, UUID device, Instant start, Instant end) {
    }

    private NoOverlapProof() {
    }

    static Result check(PostgresServer postgres, String database, Set<UUID> answered201) throws Exception {
        List<Stored> stored = new ArrayList<>();
        Map<String, Long> byStatus = new TreeMap<>();
        long requested;
        long unpublished;
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(database), PostgresServer.USER,
                PostgresServer.PASSWORD); Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("select id, device_id, starts_at, ends_at, status from reservation"
                    + " where status in " + ACTIVE)) {
                while (rs.next()) {
                    stored.add(new Stored(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                            rs.getObject(3, OffsetDateTime.class).toInstant(),
                            rs.getObject(4, OffsetDateTime.class).toInstant()));
                    byStatus.merge(rs.getString(5), 1L, Long::sum);
                }
            }
            requested = count(statement, "select count(*) from event_outbox"
                    + " where event_type = 'madoguchi.lending.reservation-requested.v1'");
            unpublished = count(statement, "select count(*) from event_outbox where published_at is null");
        }
        Map<UUID, List<Stored>> byDevice = new LinkedHashMap<>();
        stored.forEach(s -> byDevice.computeIfAbsent(s.device(), d -> new ArrayList<>()).add(s));
        long pairs = 0;
        List<String> examples = new ArrayList<>();
        for (List<Stored> bookings : byDevice.values()) {
            bookings.sort(Comparator.comparing(Stored::start));
            for (int i = 0; i < bookings.size(); i++) {
                Stored a = bookings.get(i);
                // sorted by start: a later booking overlaps a exactly when it starts before a ends
                for (int j = i + 1; j < bookings.size() && bookings.get(j).start().isBefore(a.end()); j++) {
                    pairs++;
                    if (examples.size() < 5) {
                        Stored b = bookings.get(j);
                        examples.add(a.device() + ": " + a.id() + " " + a.start() + "–" + a.end() + " and " + b.id()
                                + " " + b.start() + "–" + b.end());
                    }
                }
            }
        }
        Set<UUID> storedIds = new HashSet<>();
        stored.forEach(s -> storedIds.add(s.id()));
        int missing = (int) answered201.stream().filter(id -> !storedIds.contains(id)).count();
        int unanswered = (int) storedIds.stream().filter(id -> !answered201.contains(id)).count();
        return new Result(stored.size(), byStatus, byDevice.size(), pairs, examples, answered201.size(), missing,
                unanswered, requested, unpublished);
    }

    private static long count(Statement statement, String sql) throws Exception {
        try (ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
