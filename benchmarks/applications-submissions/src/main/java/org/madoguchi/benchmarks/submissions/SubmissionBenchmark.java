package org.madoguchi.benchmarks.submissions;

import static org.madoguchi.benchmarks.support.BenchmarkRun.out;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.madoguchi.benchmarks.support.BenchmarkRun;
import org.madoguchi.benchmarks.support.BenchmarkStack;
import org.madoguchi.benchmarks.support.CpuMeter;
import org.madoguchi.benchmarks.support.Machine;
import org.madoguchi.benchmarks.support.PackagedService;
import org.madoguchi.benchmarks.support.RatePlot;
import org.madoguchi.benchmarks.support.SummaryFiles;
import org.madoguchi.devstack.PostgresServer;

/**
 * Measures e-application submission in applications-service as it ships: the packaged service in its own JVM on the
 * devstack's real PostgreSQL and Kafka, one form published into its catalogue through {@code procedures.forms},
 * then anonymous submissions offered at rising fixed rates (an open loop). Prints, per rate, the achieved throughput,
 * latency percentiles and errors, beside the PostgreSQL commit ceiling measured on the same server in the same run,
 * and the highest rate sustained with p99 under the limit. Writes Markdown and JSON summaries under {@code target/}.
 * <p>
 * There is no Keycloak in this run: the service starts with its OIDC tenant disabled
 * ({@code quarkus.oidc.tenant-enabled=false}), so it validates no token and every request is anonymous; the form
 * accepts anonymous answers, and anonymous submission is a path the service offers anyway. A signed-in citizen's
 * submission also validates a bearer token (cached keys, a signature check), which this run does not measure.
 * <p>
 * Settings are system properties ({@code bench.*}, see the module's pom).
 */
public final class SubmissionBenchmark {

    /** Reports the disabled tenant of a run without Keycloak as DOWN; every other readiness check must be UP. */
    private static final String OIDC_CHECK = "OIDC Provider Health Check";
    private static final String DATABASE = "applications";
    private static final String SCRATCH_DATABASE = "bench_scratch";

    private SubmissionBenchmark() {
    }

    record Settings(Path home, Path target, List<Integer> rates, Duration step, int warmupRate, Duration warmup,
            Duration ceiling, int pool, String postgres, boolean idempotencyKeys, int maxInFlight,
            Duration requestTimeout, double p99LimitMs, String serviceJvm, boolean stopWhenSaturated) {

        static Settings fromSystemProperties() {
            return new Settings(Path.of(property("bench.home", ".")).toAbsolutePath().normalize(),
                    Path.of(property("bench.target", "target")).toAbsolutePath().normalize(),
                    Arrays.stream(property("bench.rates", "50,100,200,400,800,1200,1600").split(","))
                            .map(String::strip).map(Integer::parseInt).toList(),
                    Duration.ofSeconds(Long.parseLong(property("bench.step-seconds", "20"))),
                    Integer.parseInt(property("bench.warmup-rate", "100")),
                    Duration.ofSeconds(Long.parseLong(property("bench.warmup-seconds", "25"))),
                    Duration.ofSeconds(Long.parseLong(property("bench.ceiling-seconds", "10"))),
                    Integer.parseInt(property("bench.pool", "20")), property("bench.postgres", "durable"),
                    Boolean.parseBoolean(property("bench.idempotency-keys", "false")),
                    Integer.parseInt(property("bench.max-in-flight", "1000")),
                    Duration.ofSeconds(Long.parseLong(property("bench.request-timeout-seconds", "10"))),
                    Double.parseDouble(property("bench.p99-limit-ms", "200")),
                    property("bench.service-jvm", "-Xmx512m"),
                    Boolean.parseBoolean(property("bench.stop-when-saturated", "true")));
        }

        private static String property(String name, String fallback) {
            String value = System.getProperty(name);
            return value == null || value.isBlank() ? fallback : value;
        }
    }

    /** One measured rate with where the CPU went. */
    record MeasuredStep(Submissions.Step result, CpuMeter.Usage cpu, boolean held) {
    }

    /** Everything the JSON summary holds. */
    record Summary(String benchmark, Machine machine, Settings settings, String postgres, String caller,
            String serviceJvm, CommitCeiling.Result ceiling, List<MeasuredStep> steps, Integer sustainedPerSecond,
            Map<String, Long> database, long serviceErrorLogLines, String loadAverageAtEnd) {
    }

    public static void main(String[] args) {
        BenchmarkRun.exit(SubmissionBenchmark::run);
    }

    private static void run() throws Exception {
        Settings settings = Settings.fromSystemProperties();
        Path jar = PackagedService.runnerOf(settings.home(), "applications-service");
        Machine machine = BenchmarkRun.header("applications-service submission benchmark");
        out("caller: ANONYMOUS (no Keycloak in this run: OIDC tenant disabled, no token validated); the form accepts"
                + " anonymous answers");
        try (BenchmarkStack stack = BenchmarkStack.start(settings.target().resolve("bench-stack"), settings.postgres())) {
            PostgresServer postgres = stack.postgres();
            postgres.createDatabaseIfMissing(DATABASE);
            postgres.createDatabaseIfMissing(SCRATCH_DATABASE);
            out("PostgreSQL 127.0.0.1:%d %s; Kafka %s (in the benchmark's JVM)", postgres.port(),
                    stack.postgresDurability(), stack.kafka().bootstrapServers());
            UUID formId = BenchmarkForm.publish(stack.kafka().bootstrapServers());
            out("form %s published to procedures.forms (madoguchi.procedures.form-published.v1, contract checked)",
                    formId);

            int port = BenchmarkStack.freePort();
            Map<String, String> environment = new LinkedHashMap<>();
            environment.put("QUARKUS_HTTP_PORT", Integer.toString(port));
            environment.put("QUARKUS_HTTP_HOST", "127.0.0.1");
            environment.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(DATABASE));
            environment.put("QUARKUS_DATASOURCE_USERNAME", PostgresServer.USER);
            environment.put("QUARKUS_DATASOURCE_PASSWORD", PostgresServer.PASSWORD);
            environment.put("QUARKUS_DATASOURCE_JDBC_MAX_SIZE", Integer.toString(settings.pool()));
            environment.put("KAFKA_BOOTSTRAP_SERVERS", stack.kafka().bootstrapServers());
            // no Keycloak: the default OIDC tenant is off, so no issuer is contacted and no token is accepted
            environment.put("QUARKUS_OIDC_TENANT_ENABLED", "false");
            environment.put("QUARKUS_OIDC_AUTH_SERVER_URL", "http://127.0.0.1:" + BenchmarkStack.freePort()
                    + "/realms/madoguchi");
            long starting = System.nanoTime();
            try (PackagedService service = PackagedService.start("applications-service", jar, settings.serviceJvm(),
                    environment, settings.target().resolve("applications-service.log"))) {
                String readiness = service.awaitReadyIgnoring(URI.create("http://127.0.0.1:" + port + "/q/health/ready"),
                        OIDC_CHECK, Duration.ofSeconds(120));
                URI submit = URI.create("http://127.0.0.1:" + port + "/api/v1/forms/" + formId + "/applications");
                Submissions submissions = new Submissions(submit, settings.idempotencyKeys(), settings.maxInFlight(),
                        settings.requestTimeout());
                awaitFirstAccepted(submissions, Duration.ofSeconds(60));
                out("service: %s on port %d, JVM %s, pool %d connections, ready and accepting after %.1f s (log %s)",
                        jar, port, settings.serviceJvm(), settings.pool(), (System.nanoTime() - starting) / 1e9,
                        service.logFile());
                out("readiness: %s", readiness);
                out("submissions: %s", settings.idempotencyKeys() ? "each with a fresh Idempotency-Key"
                        : "without Idempotency-Key (one transaction each)");

                Submissions.Step warm = submissions.offer(settings.warmupRate(), settings.warmup());
                out("warm-up: %d/s for %d s, %,d accepted, %,d errors (not counted)", settings.warmupRate(),
                        settings.warmup().toSeconds(), warm.accepted(), warm.errors());
                settle(postgres);

                CommitCeiling.Result ceiling = CommitCeiling.measure(postgres.jdbcUrl(SCRATCH_DATABASE),
                        settings.pool(), Duration.ofSeconds(2), settings.ceiling());
                out("CEILING PostgreSQL commits: %,.0f commits/s (%d connections, one-row insert per autocommit"
                        + " transaction, %.0f s, same server; commit p50 %.2f ms, p99 %.2f ms)",
                        ceiling.commitsPerSecond(), ceiling.connections(), ceiling.seconds(),
                        ceiling.commitLatency().p50Ms(), ceiling.commitLatency().p99Ms());
                settle(postgres);

                CpuMeter cpu = new CpuMeter(service.pid(), stack.postmaster());
                List<MeasuredStep> steps = new ArrayList<>();
                Integer saturatedAt = null;
                for (int rate : settings.rates()) {
                    if (saturatedAt != null) {
                        out("RATE offered %5d/s  skipped: the service saturated at %d/s (achieved < 80%% of offered)",
                                rate, saturatedAt);
                        continue;
                    }
                    CpuMeter.Sample before = cpu.sample();
                    Submissions.Step step = submissions.offer(rate, settings.step());
                    CpuMeter.Usage used = CpuMeter.between(before, cpu.sample());
                    MeasuredStep measured = new MeasuredStep(step, used, step.held(settings.p99LimitMs()));
                    steps.add(measured);
                    out(line(measured));
                    out("      cpu: %s", used);
                    settle(postgres);
                    if (settings.stopWhenSaturated() && step.achievedPerSecond() < 0.8 * rate) {
                        saturatedAt = rate;
                    }
                }
                Integer sustained = sustained(steps);
                Map<String, Long> database = database(postgres);
                long errorLines = service.logLinesContaining(" ERROR ");
                String loadAtEnd = Machine.currentLoadAverage();

                out("");
                out("ceiling: %,.0f commits/s on %d connections (a submission commits %s)", ceiling.commitsPerSecond(),
                        ceiling.connections(), settings.idempotencyKeys() ? "twice: the key's claim, then the"
                                + " application with its event" : "once: the application with its event; the relay"
                                + " marks events published in batches");
                out(sustained == null
                        ? String.format(Locale.ROOT, "SUSTAINED with p99 < %.0f ms: none of the offered rates held"
                                + " (no errors, >= 95%% of the offered rate, p99 under the limit)", settings.p99LimitMs())
                        : String.format(Locale.ROOT, "SUSTAINED with p99 < %.0f ms: %d submissions/s (the highest"
                                + " offered rate that, with every lower one, held: no errors, >= 95%% achieved)",
                                settings.p99LimitMs(), sustained));
                out("database: %s", database);
                out("service log: %d ERROR lines; load average at end %s", errorLines, loadAtEnd);

                Summary summary = new Summary("applications-submissions", machine, settings,
                        stack.postgresDurability(), "anonymous (OIDC tenant disabled, no Keycloak)",
                        settings.serviceJvm(), ceiling, steps, sustained, database, errorLines, loadAtEnd);
                Path plot = RatePlot.write(settings.target().resolve("applications-submissions.png"),
                        "applications-service submissions (anonymous, direct)", "submissions",
                        List.of(new RatePlot.Line("direct", steps.stream().map(m -> new RatePlot.Point(
                                m.result().offeredPerSecond(), m.result().achievedPerSecond(),
                                m.result().latency().p99Ms())).toList())), settings.p99LimitMs());
                Path[] files = SummaryFiles.write(settings.target(), "applications-submissions",
                        markdown(summary), summary);
                out("summary: %s, %s, %s", files[0], files[1], plot);
            }
        }
    }

    private static void awaitFirstAccepted(Submissions submissions, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        int status = 0;
        while (System.nanoTime() < deadline) {
            status = submissions.submitOnce();
            if (status == 201) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("no submission accepted within " + timeout + " (last status " + status
                + "): the form did not reach the catalogue");
    }

    /** Waits until the service has stopped writing: the application count unchanged over a second. */
    private static void settle(PostgresServer postgres) throws Exception {
        long previous = -1;
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            long now = count(postgres, "select count(*) from application")
                    + count(postgres, "select count(*) from event_outbox where published_at is null");
            if (now == previous) {
                return;
            }
            previous = now;
            Thread.sleep(1000);
        }
    }

    private static Integer sustained(List<MeasuredStep> steps) {
        Integer best = null;
        for (MeasuredStep step : steps) {
            if (!step.held()) {
                break;
            }
            best = step.result().offeredPerSecond();
        }
        return best;
    }

    private static Map<String, Long> database(PostgresServer postgres) throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("applications", count(postgres, "select count(*) from application"));
        counts.put("outboxEvents", count(postgres, "select count(*) from event_outbox"));
        counts.put("outboxUnpublished", count(postgres, "select count(*) from event_outbox where published_at is null"));
        counts.put("distinctReceiptNumbers", count(postgres, "select count(distinct receipt_number) from application"));
        return counts;
    }

    private static long count(PostgresServer postgres, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(DATABASE), PostgresServer.USER,
                PostgresServer.PASSWORD); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String line(MeasuredStep measured) {
        Submissions.Step s = measured.result();
        return String.format(Locale.ROOT, "RATE offered %5d/s  achieved %7.1f/s  accepted %,7d  errors %,6d%s  p50 %7.1f ms"
                + "  p95 %7.1f ms  p99 %7.1f ms  max %7.1f ms  %s", s.offeredPerSecond(), s.achievedPerSecond(),
                s.accepted(), s.errors(), s.errorsByKind().isEmpty() ? "" : " " + s.errorsByKind(), s.latency().p50Ms(),
                s.latency().p95Ms(), s.latency().p99Ms(), s.latency().maxMs(), measured.held() ? "held" : "NOT held");
    }

    private static String markdown(Summary s) {
        StringBuilder md = new StringBuilder(BenchmarkRun.summaryHeading("applications-service submissions: benchmark run", s.machine(),
                s.loadAverageAtEnd()));
        md.append("- PostgreSQL: ").append(s.postgres()).append("; Kafka in the benchmark's JVM\n");
        md.append("- caller: ").append(s.caller()).append("; the form accepts anonymous answers\n");
        md.append("- service JVM: `").append(s.serviceJvm()).append("`, pool ").append(s.settings().pool())
                .append(" connections; submissions ")
                .append(s.settings().idempotencyKeys() ? "with a fresh Idempotency-Key each" : "without Idempotency-Key")
                .append('\n');
        md.append(String.format(Locale.ROOT, "- **ceiling**: %,.0f commits/s (%d connections, one-row autocommit"
                + " inserts; commit p50 %.2f ms, p99 %.2f ms)%n", s.ceiling().commitsPerSecond(),
                s.ceiling().connections(), s.ceiling().commitLatency().p50Ms(), s.ceiling().commitLatency().p99Ms()));
        md.append(String.format(Locale.ROOT, "- **sustained with p99 < %.0f ms**: %s%n%n", s.settings().p99LimitMs(),
                s.sustainedPerSecond() == null ? "none of the offered rates" : s.sustainedPerSecond() + " submissions/s"));
        md.append("| offered/s | achieved/s | accepted | errors | p50 ms | p95 ms | p99 ms | max ms | held | CPU"
                + " (cores) service / driver+Kafka / PostgreSQL, machine busy |\n");
        md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---|---|\n");
        for (MeasuredStep m : s.steps()) {
            Submissions.Step r = m.result();
            md.append(String.format(Locale.ROOT, "| %d | %.1f | %,d | %,d%s | %.1f | %.1f | %.1f | %.1f | %s |"
                    + " %.2f / %.2f / %.2f, %.0f%% |%n", r.offeredPerSecond(), r.achievedPerSecond(), r.accepted(),
                    r.errors(), r.errorsByKind().isEmpty() ? "" : " " + r.errorsByKind(), r.latency().p50Ms(),
                    r.latency().p95Ms(), r.latency().p99Ms(), r.latency().maxMs(), m.held() ? "yes" : "no",
                    m.cpu().serviceCores(), m.cpu().driverCores(), m.cpu().postgresCores(),
                    m.cpu().machineBusyPercent()));
        }
        md.append("\n![throughput and p99 against the offered rate](applications-submissions.png)\n");
        md.append("\nLatency runs from when a request was due (open loop), so a slowed service or driver is counted;"
                + " percentiles are of accepted (201) submissions. Database after the run: ").append(s.database())
                .append("; service log ERROR lines: ").append(s.serviceErrorLogLines()).append(".\n");
        return md.toString();
    }

}
