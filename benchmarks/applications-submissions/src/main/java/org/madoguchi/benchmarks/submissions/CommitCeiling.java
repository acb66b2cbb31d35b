package org.madoguchi.benchmarks.submissions;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.ConcurrentHistogram;
import org.madoguchi.benchmarks.support.LatencySummary;
import org.madoguchi.devstack.PostgresServer;

/**
 * The most one-row transactions the PostgreSQL server commits per second (what pgbench's insert-only script
 * measures): as many connections as the service's pool, each inserting one row per transaction in autocommit mode
 * into a scratch table, for a fixed time. A submission commits at least once (with an Idempotency-Key, twice), so
 * this bounds the submissions per second the server can take however fast the service is.
 */
public final class CommitCeiling {

    /** What one measurement found. */
    public record Result(int connections, double seconds, long commits, double commitsPerSecond, LatencySummary commitLatency) {
    }

    private CommitCeiling() {
    }

    public static Result measure(String jdbcUrl, int connections, Duration warmUp, Duration measured) throws Exception {
        try (Connection setup = connect(jdbcUrl); Statement ddl = setup.createStatement()) {
            ddl.execute("create table if not exists commit_ceiling (id bigint generated always as identity primary key,"
                    + " at timestamptz not null default now(), note text not null)");
        }
        run(jdbcUrl, connections, warmUp, new ConcurrentHistogram(3));
        ConcurrentHistogram latency = new ConcurrentHistogram(TimeUnit.SECONDS.toMicros(60), 3);
        long start = System.nanoTime();
        long commits = run(jdbcUrl, connections, measured, latency);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(connections, seconds, commits, commits / seconds, LatencySummary.ofMicros(latency));
    }

    private static long run(String jdbcUrl, int connections, Duration duration, ConcurrentHistogram latency)
            throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(connections);
        try {
            long deadline = System.nanoTime() + duration.toNanos();
            List<Future<Long>> counts = new ArrayList<>();
            for (int c = 0; c < connections; c++) {
                counts.add(threads.submit(() -> {
                    long done = 0;
                    try (Connection connection = connect(jdbcUrl);
                         PreparedStatement insert = connection.prepareStatement(
                                 "insert into commit_ceiling (note) values (?)")) {
                        connection.setAutoCommit(true);
                        while (System.nanoTime() < deadline) {
                            long begin = System.nanoTime();
                            insert.setString(1, "one row, one commit");
                            insert.executeUpdate();
                            latency.recordValue(Math.max(1, (System.nanoTime() - begin) / 1000));
                            done++;
                        }
                    }
                    return done;
                }));
            }
            long total = 0;
            for (Future<Long> count : counts) {
                total += count.get();
            }
            return total;
        } finally {
            threads.shutdownNow();
        }
    }

    private static Connection connect(String jdbcUrl) throws SQLException {
        return DriverManager.getConnection(jdbcUrl, PostgresServer.USER, PostgresServer.PASSWORD);
    }
}
