package org.madoguchi.benchmarks.bookings;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import org.HdrHistogram.ConcurrentHistogram;
import org.madoguchi.benchmarks.support.LatencySummary;
import org.madoguchi.devstack.PostgresServer;

/**
 * What the PostgreSQL server alone does with the same requests: each one a one-row insert in its own autocommit
 * transaction into a scratch table with the service's kind of exclusion constraint ({@code device with =, period
 * with &&}, btree_gist), from as many connections as the service's pool, all started at once. A conflicting insert
 * fails with SQLSTATE 23P01. A booking through the service does more in its transaction (the device's row lock, the
 * agenda read, the outbox row), so this bounds its throughput however fast the service is.
 */
final class ExclusionCeiling {

    private static final String EXCLUSION_VIOLATION = "23P01";
    private static final String DEADLOCK = "40P01";

    /**
     * What one measurement found.
     *
     * @param deadlocks inserts PostgreSQL aborted as deadlocked (40P01) and that were tried again: two inserts each
     *                  waiting for the other's overlapping row to commit, which is why the service takes the device's
     *                  row lock before it inserts
     */
    record Result(int connections, int inserts, long accepted, long conflicts, long deadlocks, double seconds,
            double perSecond, LatencySummary insertLatency) {
    }

    private ExclusionCeiling() {
    }

    /** Inserts the warm-up plan, empties the table, then measures the plan. */
    static Result measure(String jdbcUrl, int connections, BookingPlan warmUp, BookingPlan plan) throws Exception {
        try (Connection setup = connect(jdbcUrl); Statement ddl = setup.createStatement()) {
            ddl.execute("create extension if not exists btree_gist");
            ddl.execute("create table if not exists booking_ceiling (id bigint generated always as identity primary key,"
                    + " device integer not null, starts_at timestamptz not null, ends_at timestamptz not null,"
                    + " period tstzrange generated always as (tstzrange(starts_at, ends_at, '[)')) stored,"
                    + " constraint booking_ceiling_no_overlap exclude using gist (device with =, period with &&))");
        }
        run(jdbcUrl, connections, warmUp);
        truncate(jdbcUrl);
        Result result = run(jdbcUrl, connections, plan);
        truncate(jdbcUrl);
        return result;
    }

    private static Result run(String jdbcUrl, int connections, BookingPlan plan) throws Exception {
        List<BookingPlan.Booking> bookings = plan.bookings();
        ConcurrentHistogram latency = new ConcurrentHistogram(TimeUnit.SECONDS.toMicros(60), 3);
        LongAdder accepted = new LongAdder();
        LongAdder conflicts = new LongAdder();
        LongAdder deadlocks = new LongAdder();
        AtomicInteger next = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(connections);
        try {
            List<Connection> open = new ArrayList<>();
            for (int c = 0; c < connections; c++) {
                open.add(connect(jdbcUrl));
            }
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (Connection connection : open) {
                done.add(threads.submit(() -> {
                    try (connection; PreparedStatement insert = connection.prepareStatement(
                            "insert into booking_ceiling (device, starts_at, ends_at) values (?, ?, ?)")) {
                        connection.setAutoCommit(true);
                        for (int i = next.getAndIncrement(); i < bookings.size(); i = next.getAndIncrement()) {
                            BookingPlan.Booking booking = bookings.get(i);
                            insert.setInt(1, booking.device());
                            insert.setTimestamp(2, Timestamp.from(booking.start()));
                            insert.setTimestamp(3, Timestamp.from(booking.end()));
                            long begin = System.nanoTime();
                            while (true) {
                                try {
                                    insert.executeUpdate();
                                    accepted.increment();
                                    break;
                                } catch (SQLException refused) {
                                    if (DEADLOCK.equals(refused.getSQLState())) {
                                        deadlocks.increment();
                                        continue;
                                    }
                                    if (!EXCLUSION_VIOLATION.equals(refused.getSQLState())) {
                                        throw refused;
                                    }
                                    conflicts.increment();
                                    break;
                                }
                            }
                            latency.recordValue(Math.max(1, (System.nanoTime() - begin) / 1000));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Result(connections, bookings.size(), accepted.sum(), conflicts.sum(), deadlocks.sum(), seconds,
                    bookings.size() / seconds, LatencySummary.ofMicros(latency));
        } finally {
            threads.shutdownNow();
        }
    }

    private static void truncate(String jdbcUrl) throws SQLException {
        try (Connection connection = connect(jdbcUrl); Statement statement = connection.createStatement()) {
            statement.execute("truncate booking_ceiling");
        }
    }

    private static Connection connect(String jdbcUrl) throws SQLException {
        return DriverManager.getConnection(jdbcUrl, PostgresServer.USER, PostgresServer.PASSWORD);
    }
}
