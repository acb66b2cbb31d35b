package org.madoguchi.benchmarks.notifications;

import static org.madoguchi.benchmarks.support.BenchmarkRun.out;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;
import org.madoguchi.benchmarks.support.BenchmarkRun;
import org.madoguchi.benchmarks.support.BenchmarkStack;
import org.madoguchi.benchmarks.support.CpuMeter;
import org.madoguchi.benchmarks.support.LatencySummary;
import org.madoguchi.benchmarks.support.Machine;
import org.madoguchi.benchmarks.support.OpenLoop;
import org.madoguchi.benchmarks.support.PackagedService;
import org.madoguchi.benchmarks.support.RatePlot;
import org.madoguchi.benchmarks.support.SummaryFiles;
import org.madoguchi.devstack.PostgresServer;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * Measures how soon notification-service turns a domain event into an inbox notification: the packaged service in
 * its own JVM on the devstack's real PostgreSQL and Kafka, with a real SMTP server (GreenMail) for the email each
 * notification also sends, fed {@code application-submitted} events at rising fixed rates (an open loop). The
 * latency of an event runs from its CloudEvents {@code time} to its inbox row's {@code created_at}, both from this
 * machine's clock; {@code created_at} is stamped in the consumer's transaction just before the row is written, so
 * the commit that follows (about a millisecond with fsync on) is not in it. Throughput is the inbox rows of a step
 * over the time from its first event to its last row.
 * <p>
 * There is no Keycloak: the service's OIDC tenant is off (nothing here calls its REST API), and the user directory it
 * asks for each person's address and language is a stand-in that answers at once ({@link DirectoryStandIn}). The
 * messaging-app (LINE) base URL points at a closed local port; without stored preferences no one has a LINE id, so
 * that channel is suppressed and never called.
 */
public final class NotificationLatencyBenchmark {

    /** Reports the disabled tenant of a run without Keycloak as DOWN; every other readiness check must be UP. */
    private static final String OIDC_CHECK = "OIDC Provider Health Check";
    private static final String DATABASE = "notification";

    private NotificationLatencyBenchmark() {
    }

    record Settings(Path home, Path target, List<Integer> rates, Duration step, int warmupRate, Duration warmup,
            Duration drain, int reportRate, double p99TargetMs, String postgres, String serviceJvm) {

        static Settings fromSystemProperties() {
            return new Settings(Path.of(property("bench.home", ".")).toAbsolutePath().normalize(),
                    Path.of(property("bench.target", "target")).toAbsolutePath().normalize(),
                    Arrays.stream(property("bench.rates", "100,250,500,750").split(",")).map(String::strip)
                            .map(Integer::parseInt).toList(),
                    Duration.ofSeconds(Long.parseLong(property("bench.step-seconds", "20"))),
                    Integer.parseInt(property("bench.warmup-rate", "100")),
                    Duration.ofSeconds(Long.parseLong(property("bench.warmup-seconds", "10"))),
                    Duration.ofSeconds(Long.parseLong(property("bench.drain-seconds", "60"))),
                    Integer.parseInt(property("bench.report-rate", "500")),
                    Double.parseDouble(property("bench.p99-target-ms", "250")), property("bench.postgres", "durable"),
                    property("bench.service-jvm", "-Xmx512m"));
        }

        private static String property(String name, String fallback) {
            String value = System.getProperty(name);
            return value == null || value.isBlank() ? fallback : value;
        }
    }

    /** What one offered rate gave. */
    record Step(int offeredPerSecond, long produced, long inInbox, long missing, double throughputPerSecond,
            LatencySummary latency, double lastRowAfterLastEventMs, double driverWorstLagMs, CpuMeter.Usage cpu) {
    }

    /** Everything the JSON summary holds. */
    record Summary(String benchmark, Machine machine, Settings settings, String postgres, String directory,
            List<Step> steps, Double p99AtReportRateMs, Map<String, Long> deliveries, long directoryLookups,
            long directoryTokens, long produceErrors, long serviceErrorLogLines, String loadAverageAtEnd) {
    }

    public static void main(String[] args) {
        BenchmarkRun.exit(NotificationLatencyBenchmark::run);
    }

    private static void run() throws Exception {
        Settings settings = Settings.fromSystemProperties();
        Path jar = PackagedService.runnerOf(settings.home(), "notification-service");
        Machine machine = BenchmarkRun.header("notification-service end-to-end latency benchmark");
        GreenMail mail = new GreenMail(new ServerSetup(BenchmarkStack.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        try (BenchmarkStack stack = BenchmarkStack.start(settings.target().resolve("bench-stack"), settings.postgres());
             DirectoryStandIn directory = DirectoryStandIn.start("madoguchi");
             SubmittedEvents events = new SubmittedEvents(stack.kafka().bootstrapServers())) {
            PostgresServer postgres = stack.postgres();
            postgres.createDatabaseIfMissing(DATABASE);
            out("PostgreSQL 127.0.0.1:%d %s; Kafka %s (in the benchmark's JVM); SMTP GreenMail 127.0.0.1:%d",
                    postgres.port(), stack.postgresDurability(), stack.kafka().bootstrapServers(),
                    mail.getSmtp().getPort());
            out("directory: a stand-in for Keycloak's token endpoint and admin user API at %s (answers at once)",
                    directory.baseUrl());

            int port = BenchmarkStack.freePort();
            Map<String, String> environment = new LinkedHashMap<>();
            environment.put("QUARKUS_HTTP_PORT", Integer.toString(port));
            environment.put("QUARKUS_HTTP_HOST", "127.0.0.1");
            environment.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(DATABASE));
            environment.put("QUARKUS_DATASOURCE_USERNAME", PostgresServer.USER);
            environment.put("QUARKUS_DATASOURCE_PASSWORD", PostgresServer.PASSWORD);
            environment.put("KAFKA_BOOTSTRAP_SERVERS", stack.kafka().bootstrapServers());
            environment.put("QUARKUS_OIDC_TENANT_ENABLED", "false");
            environment.put("QUARKUS_OIDC_AUTH_SERVER_URL", "http://127.0.0.1:" + BenchmarkStack.freePort()
                    + "/realms/madoguchi");
            environment.put("QUARKUS_KEYCLOAK_ADMIN_CLIENT_SERVER_URL", directory.baseUrl());
            environment.put("QUARKUS_MAILER_HOST", "127.0.0.1");
            environment.put("QUARKUS_MAILER_PORT", Integer.toString(mail.getSmtp().getPort()));
            environment.put("MADOGUCHI_NOTIFICATION_MESSAGING_BASE_URL", "http://127.0.0.1:"
                    + BenchmarkStack.freePort());
            long starting = System.nanoTime();
            try (PackagedService service = PackagedService.start("notification-service", jar, settings.serviceJvm(),
                    environment, settings.target().resolve("notification-service.log"))) {
                String readiness = service.awaitReadyIgnoring(URI.create("http://127.0.0.1:" + port + "/q/health/ready"),
                        OIDC_CHECK, Duration.ofSeconds(120));
                out("service: %s on port %d, JVM %s, ready after %.1f s (log %s)", jar, port, settings.serviceJvm(),
                        (System.nanoTime() - starting) / 1e9, service.logFile());
                out("readiness: %s", readiness);

                long expected = 0;
                events.newStep();
                OpenLoop.Offered warm = OpenLoop.run(settings.warmupRate(), settings.warmup(), events::send);
                events.flush();
                expected += warm.calls();
                boolean warmDrained = awaitInbox(postgres, expected, settings.drain());
                out("warm-up: %d/s for %d s, %,d events, %s (not counted)", settings.warmupRate(),
                        settings.warmup().toSeconds(), warm.calls(), warmDrained ? "all in the inbox" : "NOT drained");
                if (!warmDrained) {
                    out("DIAGNOSIS: the warm-up's events did not all reach the inbox; the service's first error: %s",
                            service.firstLogLineContaining(" ERROR ", 400));
                }
                mail.purgeEmailFromAllMailboxes();

                CpuMeter cpu = new CpuMeter(service.pid(), stack.postmaster());
                List<Step> steps = new ArrayList<>();
                boolean drained = warmDrained;
                for (int rate : settings.rates()) {
                    if (!drained) {
                        out("RATE offered %5d/s  skipped: the previous rate did not drain within %d s", rate,
                                settings.drain().toSeconds());
                        continue;
                    }
                    events.newStep();
                    CpuMeter.Sample before = cpu.sample();
                    OpenLoop.Offered offered = OpenLoop.run(rate, settings.step(), events::send);
                    events.flush();
                    expected += offered.calls();
                    drained = awaitInbox(postgres, expected, settings.drain());
                    CpuMeter.Usage used = CpuMeter.between(before, cpu.sample());
                    Step step = measure(postgres, rate, offered, events.newStep(), used);
                    steps.add(step);
                    out(line(step));
                    out("      cpu: %s", used);
                    mail.purgeEmailFromAllMailboxes();
                }
                Double p99 = steps.stream().filter(s -> s.offeredPerSecond() == settings.reportRate())
                        .map(s -> s.latency().p99Ms()).findFirst().orElse(null);
                Map<String, Long> deliveries = deliveries(postgres);
                long errorLines = service.logLinesContaining(" ERROR ");
                String loadAtEnd = Machine.currentLoadAverage();

                out("");
                out(p99 == null ? String.format(Locale.ROOT, "P99 at %d events/s: not measured", settings.reportRate())
                        : String.format(Locale.ROOT, "P99 at %d events/s: %.1f ms (target < %.0f ms: %s)",
                                settings.reportRate(), p99, settings.p99TargetMs(),
                                p99 < settings.p99TargetMs() ? "met" : "MISSED"));
                out("deliveries: %s", deliveries);
                out("directory stand-in: %,d user lookups, %,d token requests; produce errors %d; service log: %d"
                        + " ERROR lines; load average at end %s", directory.userLookups(), directory.tokenRequests(),
                        events.sendErrors(), errorLines, loadAtEnd);

                Summary summary = new Summary("notification-latency", machine, settings, stack.postgresDurability(),
                        "stand-in for Keycloak's admin API (answers at once)", steps, p99, deliveries,
                        directory.userLookups(), directory.tokenRequests(), events.sendErrors(), errorLines, loadAtEnd);
                Path plot = RatePlot.write(settings.target().resolve("notification-latency.png"),
                        "notification-service: event time to inbox row", "events",
                        List.of(new RatePlot.Line("inbox rows", steps.stream().map(step -> new RatePlot.Point(
                                step.offeredPerSecond(), step.throughputPerSecond(), step.latency().p99Ms())).toList())),
                        settings.p99TargetMs());
                Path[] files = SummaryFiles.write(settings.target(), "notification-latency", markdown(summary),
                        summary);
                out("summary: %s, %s, %s", files[0], files[1], plot);
            }
        } finally {
            mail.stop();
        }
    }

    /** Waits until the inbox holds {@code expected} notifications; whether it did within the timeout. */
    private static boolean awaitInbox(PostgresServer postgres, long expected, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Connection connection = connect(postgres); Statement statement = connection.createStatement()) {
            while (true) {
                try (ResultSet rs = statement.executeQuery("select count(*) from notification")) {
                    rs.next();
                    if (rs.getLong(1) >= expected) {
                        return true;
                    }
                }
                if (System.nanoTime() > deadline) {
                    return false;
                }
                Thread.sleep(100);
            }
        }
    }

    /** The latencies of one step's events, joined to their inbox rows by event id ({@code source_id}). */
    private static Step measure(PostgresServer postgres, int rate, OpenLoop.Offered offered, Map<String, Long> times,
            CpuMeter.Usage cpu) throws Exception {
        Histogram latency = new Histogram(TimeUnit.MINUTES.toMicros(10), 3);
        long first = times.values().stream().mapToLong(Long::longValue).min().orElse(0);
        long lastEvent = times.values().stream().mapToLong(Long::longValue).max().orElse(0);
        long lastRow = 0;
        long found = 0;
        try (Connection connection = connect(postgres);
             PreparedStatement rows = connection.prepareStatement("select source_id, (extract(epoch from created_at)"
                     + " * 1000000)::bigint from notification where created_at >= ?")) {
            rows.setTimestamp(1, java.sql.Timestamp.from(Instant.EPOCH.plus(first, ChronoUnit.MICROS).minusSeconds(1)));
            try (ResultSet rs = rows.executeQuery()) {
                while (rs.next()) {
                    Long sent = times.get(rs.getString(1));
                    if (sent == null) {
                        continue;
                    }
                    long created = rs.getLong(2);
                    latency.recordValue(Math.max(1, Math.min(latency.getHighestTrackableValue(), created - sent)));
                    lastRow = Math.max(lastRow, created);
                    found++;
                }
            }
        }
        double seconds = Math.max(1, lastRow - first) / 1e6;
        return new Step(rate, offered.calls(), found, offered.calls() - found, found / seconds,
                LatencySummary.ofMicros(latency), found == 0 ? 0 : (lastRow - lastEvent) / 1000.0,
                offered.worstLagMs(), cpu);
    }

    private static Map<String, Long> deliveries(PostgresServer postgres) throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = connect(postgres); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select channel || ' ' || status, count(*) from delivery"
                     + " group by 1 order by 1")) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        }
        return counts;
    }

    private static Connection connect(PostgresServer postgres) throws Exception {
        return DriverManager.getConnection(postgres.jdbcUrl(DATABASE), PostgresServer.USER, PostgresServer.PASSWORD);
    }

    static String line(Step s) {
        return String.format(Locale.ROOT, "RATE offered %4d/s  produced %,7d  in inbox %,7d  missing %,d  throughput"
                + " %6.1f/s  p50 %8.1f ms  p95 %8.1f ms  p99 %8.1f ms  max %8.1f ms  last row %.0f ms after the last"
                + " event", s.offeredPerSecond(), s.produced(), s.inInbox(), s.missing(), s.throughputPerSecond(),
                s.latency().p50Ms(), s.latency().p95Ms(), s.latency().p99Ms(), s.latency().maxMs(),
                s.lastRowAfterLastEventMs());
    }

    private static String markdown(Summary s) {
        StringBuilder md = new StringBuilder(BenchmarkRun.summaryHeading("notification-service end-to-end latency: benchmark run", s.machine(),
                s.loadAverageAtEnd()));
        md.append("- PostgreSQL: ").append(s.postgres()).append("; Kafka in the benchmark's JVM; SMTP: GreenMail\n");
        md.append("- directory: ").append(s.directory()).append("; no Keycloak, OIDC tenant disabled\n");
        md.append("- events: `madoguchi.applications.application-submitted.v1` on `applications.events`, one citizen"
                + " each; latency = inbox row `created_at` - event `time`\n");
        md.append(String.format(Locale.ROOT, "- **p99 at %d events/s**: %s (target < %.0f ms)%n%n",
                s.settings().reportRate(), s.p99AtReportRateMs() == null ? "not measured"
                        : String.format(Locale.ROOT, "%.1f ms", s.p99AtReportRateMs()), s.settings().p99TargetMs()));
        md.append("| offered/s | produced | in inbox | throughput/s | p50 ms | p95 ms | p99 ms | max ms | last row"
                + " after last event | CPU (cores) service / driver+Kafka+SMTP / PostgreSQL, machine busy |\n");
        md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (Step step : s.steps()) {
            md.append(String.format(Locale.ROOT, "| %d | %,d | %,d | %.1f | %.1f | %.1f | %.1f | %.1f | %.0f ms |"
                    + " %.2f / %.2f / %.2f, %.0f%% |%n", step.offeredPerSecond(), step.produced(), step.inInbox(),
                    step.throughputPerSecond(), step.latency().p50Ms(), step.latency().p95Ms(), step.latency().p99Ms(),
                    step.latency().maxMs(), step.lastRowAfterLastEventMs(), step.cpu().serviceCores(),
                    step.cpu().driverCores(), step.cpu().postgresCores(), step.cpu().machineBusyPercent()));
        }
        md.append("\n![throughput and p99 against the offered rate](notification-latency.png)\n");
        md.append("\nDeliveries after the run: ").append(s.deliveries()).append("; directory lookups: ")
                .append(s.directoryLookups()).append("; service log ERROR lines: ").append(s.serviceErrorLogLines())
                .append(".\n");
        return md.toString();
    }

}
