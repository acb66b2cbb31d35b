package org.madoguchi.benchmarks.gateway.through;

import static org.madoguchi.benchmarks.support.BenchmarkRun.out;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

import org.madoguchi.benchmarks.submissions.BenchmarkForm;
import org.madoguchi.benchmarks.submissions.CommitCeiling;
import org.madoguchi.benchmarks.submissions.Submissions;
import org.madoguchi.benchmarks.support.BenchmarkRun;
import org.madoguchi.benchmarks.support.CpuMeter;
import org.madoguchi.benchmarks.support.Machine;
import org.madoguchi.benchmarks.support.RatePlot;
import org.madoguchi.benchmarks.support.SummaryFiles;
import org.madoguchi.devstack.PostgresServer;

/**
 * Scenario 1 of the suite's benchmarks: e-application submissions <b>through the gateway with real tokens</b>. The
 * packaged applications-service and gateway, both trusting the run's Keycloak; signed-in submissions of the realm's
 * sample citizens (password-grant tokens, taking turns), so that the gateway checks each token at the door and the
 * service checks it again; at rising offered rates (open loop) until p99 passes the limit, on each path: directly to
 * applications-service with the same tokens, then through the gateway. Prints, per rate and path, the achieved
 * throughput, latency percentiles, errors and where the CPU went (service, gateway, this JVM with the driver and
 * Kafka, PostgreSQL), the gateway's share of the direct throughput, and the PostgreSQL commit ceiling of the same
 * server in the same run ({@code applications-submissions}' code). Writes {@code submissions-through-gateway.md},
 * {@code .json} and {@code .png} (throughput and p99 against the offered rate) under {@code target/}.
 * <p>
 * Settings are system properties ({@code bench.*}, see the module's pom).
 */
public final class SubmissionsThroughGateway {

    private static final String NAME = "submissions-through-gateway";

    private SubmissionsThroughGateway() {
    }

    record Settings(Path home, Path target, Path keycloakZip, List<Integer> rates, Duration step, int warmupRate,
            Duration warmup, Duration ceiling, int pool, String postgres, int maxInFlight, Duration requestTimeout,
            double p99LimitMs, String serviceJvm) {

        static Settings fromSystemProperties() {
            Path target = Path.of(property("bench.target", "target")).toAbsolutePath().normalize();
            return new Settings(Path.of(property("bench.home", ".")).toAbsolutePath().normalize(), target,
                    Path.of(property("bench.keycloak-zip", target.resolve("dist/keycloak-quarkus-dist.zip").toString())),
                    Arrays.stream(property("bench.rates", "50,100,150,200,300,400,600,800,1200").split(","))
                            .map(String::strip).map(Integer::parseInt).toList(),
                    Duration.ofSeconds(Long.parseLong(property("bench.step-seconds", "20"))),
                    Integer.parseInt(property("bench.warmup-rate", "100")),
                    Duration.ofSeconds(Long.parseLong(property("bench.warmup-seconds", "20"))),
                    Duration.ofSeconds(Long.parseLong(property("bench.ceiling-seconds", "10"))),
                    Integer.parseInt(property("bench.pool", "20")), property("bench.postgres", "durable"),
                    Integer.parseInt(property("bench.max-in-flight", "1000")),
                    Duration.ofSeconds(Long.parseLong(property("bench.request-timeout-seconds", "10"))),
                    Double.parseDouble(property("bench.p99-limit-ms", "200")),
                    property("bench.service-jvm", "-Xmx512m"));
        }

        static String property(String name, String fallback) {
            String value = System.getProperty(name);
            return value == null || value.isBlank() ? fallback : value;
        }
    }

    /**
     * One rate on one path with where the CPU went.
     *
     * @param gatewayCores the gateway's cores; {@code null} on the direct path
     */
    record MeasuredStep(String path, Submissions.Step result, CpuMeter.Usage cpu, Double gatewayCores, boolean held) {
    }

    /** The two paths at one offered rate. */
    record Ratio(int offeredPerSecond, double directPerSecond, double gatewayPerSecond, double ratio,
            double directP99Ms, double gatewayP99Ms) {
    }

    record Summary(String benchmark, Machine machine, Settings settings, String postgres, String caller,
            double keycloakStartSeconds, CommitCeiling.Result ceiling, List<MeasuredStep> steps, List<Ratio> ratios,
            Integer sustainedDirect, Integer sustainedGateway, double bestGatewayPerSecond, double bestDirectPerSecond,
            Map<String, Long> database, Map<String, Integer> refusedWithoutValidToken, long tokenRefreshFailures,
            long serviceErrorLogLines, long gatewayErrorLogLines, String loadAverageAtEnd) {
    }

    public static void main(String[] args) {
        BenchmarkRun.exit(SubmissionsThroughGateway::run);
    }

    private static void run() throws Exception {
        Settings settings = Settings.fromSystemProperties();
        Machine machine = BenchmarkRun.header("scenario 1: signed-in e-application submissions through the gateway");
        try (GatewayStack suite = GatewayStack.start(settings.home(), settings.target(), settings.keycloakZip(),
                settings.postgres(), settings.serviceJvm(), settings.pool(),
                List.of(new GatewayStack.Service("applications", "applications-service", "applications")));
             SampleTokens citizens = SampleTokens.of(settings.home().resolve(GatewayStack.REALM_FILE), suite.issuer(),
                     "citizen")) {
            PostgresServer postgres = suite.stack().postgres();
            String caller = "signed-in sample citizens " + citizens.usernames() + ", password-grant tokens of "
                    + SampleTokens.CLIENT_ID + " from " + suite.keycloakBaseUrl() + ", taking turns";
            out("caller: %s", caller);
            UUID formId = BenchmarkForm.publish(suite.stack().kafka().bootstrapServers());
            out("form %s published to procedures.forms (madoguchi.procedures.form-published.v1, contract checked)",
                    formId);
            String path = "/api/v1/forms/" + formId + "/applications";
            URI directUri = URI.create(suite.directBase("applications") + path);
            URI gatewayUri = URI.create(suite.gatewayBase() + path);
            Submissions direct = new Submissions(directUri, false, settings.maxInFlight(), settings.requestTimeout(),
                    citizens::forRequest);
            Submissions through = new Submissions(gatewayUri, false, settings.maxInFlight(), settings.requestTimeout(),
                    citizens::forRequest);
            awaitFirstAccepted(direct, "direct");
            awaitFirstAccepted(through, "through the gateway");
            out("a signed-in submission is accepted on both paths");
            Map<String, Integer> refused = refusedWithoutValidToken(directUri, gatewayUri);
            out("a submission with a forged token answered: %s", refused);

            for (Submissions warming : List.of(direct, through)) {
                Submissions.Step warm = warming.offer(settings.warmupRate(), settings.warmup());
                out("warm-up %s: %d/s for %d s, %,d accepted, %,d errors (not counted)",
                        warming == direct ? "direct" : "gateway", settings.warmupRate(),
                        settings.warmup().toSeconds(), warm.accepted(), warm.errors());
                settle(postgres);
            }

            CommitCeiling.Result ceiling = CommitCeiling.measure(postgres.jdbcUrl("bench_scratch"), settings.pool(),
                    Duration.ofSeconds(2), settings.ceiling());
            out("CEILING PostgreSQL commits: %,.0f commits/s (%d connections, one-row insert per autocommit"
                    + " transaction, %.0f s, same server; commit p50 %.2f ms, p99 %.2f ms)",
                    ceiling.commitsPerSecond(), ceiling.connections(), ceiling.seconds(),
                    ceiling.commitLatency().p50Ms(), ceiling.commitLatency().p99Ms());
            settle(postgres);

            CpuMeter serviceMeter = suite.meter("applications");
            CpuMeter gatewayMeter = suite.gatewayMeter();
            List<MeasuredStep> steps = new ArrayList<>();
            List<Ratio> ratios = new ArrayList<>();
            boolean directDone = false;
            boolean gatewayDone = false;
            for (int rate : settings.rates()) {
                if (directDone && gatewayDone) {
                    out("RATE offered %5d/s  skipped: p99 passed %.0f ms (or the service saturated) on both paths",
                            rate, settings.p99LimitMs());
                    continue;
                }
                MeasuredStep directStep = null;
                MeasuredStep gatewayStep = null;
                if (!directDone) {
                    directStep = measure("direct", direct, rate, settings, serviceMeter, null);
                    steps.add(directStep);
                    directDone = passedTheLimit(directStep, rate, settings);
                    settle(postgres);
                }
                if (!gatewayDone) {
                    gatewayStep = measure("gateway", through, rate, settings, serviceMeter, gatewayMeter);
                    steps.add(gatewayStep);
                    gatewayDone = passedTheLimit(gatewayStep, rate, settings);
                    settle(postgres);
                }
                if (directStep != null && gatewayStep != null) {
                    Submissions.Step d = directStep.result();
                    Submissions.Step g = gatewayStep.result();
                    Ratio ratio = new Ratio(rate, d.achievedPerSecond(), g.achievedPerSecond(),
                            g.achievedPerSecond() / Math.max(0.001, d.achievedPerSecond()), d.latency().p99Ms(),
                            g.latency().p99Ms());
                    ratios.add(ratio);
                    out("      gateway / direct at %d/s: %.1f %% of the throughput; p99 %.1f ms vs %.1f ms", rate,
                            100 * ratio.ratio(), ratio.gatewayP99Ms(), ratio.directP99Ms());
                }
            }
            Integer sustainedDirect = sustained(steps, "direct");
            Integer sustainedGateway = sustained(steps, "gateway");
            double bestDirect = best(steps, "direct");
            double bestGateway = best(steps, "gateway");
            Map<String, Long> database = database(postgres);
            long serviceErrors = suite.service("applications").logLinesContaining(" ERROR ");
            long gatewayErrors = suite.gateway().logLinesContaining(" ERROR ");
            String loadAtEnd = Machine.currentLoadAverage();

            out("");
            out("ceiling: %,.0f commits/s on %d connections (a submission commits once: the application with its"
                    + " event)", ceiling.commitsPerSecond(), ceiling.connections());
            out("SUSTAINED with p99 < %.0f ms: direct %s, through the gateway %s (target >= 1,200/s through the"
                    + " gateway: %s)", settings.p99LimitMs(), perSecond(sustainedDirect), perSecond(sustainedGateway),
                    sustainedGateway != null && sustainedGateway >= 1200 ? "MET" : "MISSED");
            out("RESULT best achieved: direct %.1f/s, through the gateway %.1f/s (%.1f %% of direct; %.1f %% of the"
                    + " commit ceiling)", bestDirect, bestGateway, 100 * bestGateway / Math.max(0.001, bestDirect),
                    100 * bestGateway / ceiling.commitsPerSecond());
            out("database: %s", database);
            out("logs: applications-service %d ERROR lines, gateway %d; token refresh failures %d; load average at"
                    + " end %s", serviceErrors, gatewayErrors, citizens.refreshFailures(), loadAtEnd);

            Summary summary = new Summary(NAME, machine, settings, suite.stack().postgresDurability(), caller,
                    suite.keycloakSeconds(), ceiling, steps, ratios, sustainedDirect, sustainedGateway, bestGateway,
                    bestDirect, database, refused, citizens.refreshFailures(), serviceErrors, gatewayErrors, loadAtEnd);
            Path plot = RatePlot.write(settings.target().resolve(NAME + ".png"),
                    "Signed-in submissions: direct and through the gateway", "submissions",
                    List.of(line(steps, "direct"), line(steps, "gateway")), settings.p99LimitMs());
            Path[] files = SummaryFiles.write(settings.target(), NAME, markdown(summary), summary);
            out("summary: %s, %s, %s", files[0], files[1], plot);
        }
    }

    private static MeasuredStep measure(String path, Submissions submissions, int rate, Settings settings,
            CpuMeter service, CpuMeter gateway) throws Exception {
        // a step before may have overloaded the service until the gateway's circuit breaker opened: each step starts
        // once a submission passes again on its path, so that it measures the service and not a circuit left open
        awaitFirstAccepted(submissions, path);
        CpuMeter.Sample before = service.sample();
        CpuMeter.Sample gatewayBefore = gateway == null ? null : gateway.sample();
        Submissions.Step step = submissions.offer(rate, settings.step());
        CpuMeter.Usage used = CpuMeter.between(before, service.sample());
        Double gatewayCores = gateway == null ? null : CpuMeter.between(gatewayBefore, gateway.sample()).serviceCores();
        MeasuredStep measured = new MeasuredStep(path, step, used, gatewayCores, step.held(settings.p99LimitMs()));
        out("%-7s %s", path, line(measured));
        out("        cpu: applications-service %.2f%s, driver+Kafka %.2f, PostgreSQL %.2f cores; machine %.0f%% busy",
                used.serviceCores(), gatewayCores == null ? "" : String.format(Locale.ROOT, ", gateway %.2f",
                        gatewayCores), used.driverCores(), used.postgresCores(), used.machineBusyPercent());
        return measured;
    }

    /** The path stops after the first rate whose p99 passed the limit or that it could not keep up with. */
    private static boolean passedTheLimit(MeasuredStep step, int rate, Settings settings) {
        return step.result().latency().p99Ms() >= settings.p99LimitMs()
                || step.result().achievedPerSecond() < 0.8 * rate || step.result().errors() > 0;
    }

    private static void awaitFirstAccepted(Submissions submissions, String path) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        int status = 0;
        while (System.nanoTime() < deadline) {
            status = submissions.submitOnce();
            if (status == 201) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("no submission accepted " + path + " within 120 s (last status " + status
                + "): the form did not reach the catalogue, or the token was refused");
    }

    /** The same submission with a token whose signature is broken, on both paths: each should answer 401. */
    private static Map<String, Integer> refusedWithoutValidToken(URI direct, URI gateway) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        Map<String, Integer> statuses = new LinkedHashMap<>();
        String forged = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJub2JvZHkifQ.c2lnbmF0dXJl";
        Map<String, URI> targets = new LinkedHashMap<>();
        targets.put("direct", direct);
        targets.put("gateway", gateway);
        for (Map.Entry<String, URI> target : targets.entrySet()) {
            HttpResponse<Void> response = client.send(HttpRequest.newBuilder(target.getValue())
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + forged)
                    .POST(HttpRequest.BodyPublishers.ofString(Submissions.answers(0))).build(),
                    HttpResponse.BodyHandlers.discarding());
            statuses.put(target.getKey(), response.statusCode());
        }
        if (statuses.values().stream().anyMatch(status -> status != 401)) {
            out("WARNING: a forged token was not refused with 401: %s", statuses);
        }
        return statuses;
    }

    /** Waits until the service has stopped writing: the application and unsent outbox counts unchanged over a second. */
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

    private static Integer sustained(List<MeasuredStep> steps, String path) {
        Integer best = null;
        for (MeasuredStep step : steps) {
            if (!step.path().equals(path)) {
                continue;
            }
            if (!step.held()) {
                break;
            }
            best = step.result().offeredPerSecond();
        }
        return best;
    }

    private static double best(List<MeasuredStep> steps, String path) {
        return steps.stream().filter(s -> s.path().equals(path)).mapToDouble(s -> s.result().achievedPerSecond())
                .max().orElse(0);
    }

    private static String perSecond(Integer rate) {
        return rate == null ? "none of the offered rates" : rate + "/s";
    }

    private static RatePlot.Line line(List<MeasuredStep> steps, String path) {
        return new RatePlot.Line(path, steps.stream().filter(s -> s.path().equals(path))
                .map(s -> new RatePlot.Point(s.result().offeredPerSecond(), s.result().achievedPerSecond(),
                        s.result().latency().p99Ms())).toList());
    }

    private static Map<String, Long> database(PostgresServer postgres) throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("applications", count(postgres, "select count(*) from application"));
        counts.put("signedIn", count(postgres, "select count(*) from application where applicant_subject is not null"));
        counts.put("distinctApplicants", count(postgres, "select count(distinct applicant_subject) from application"));
        counts.put("distinctReceiptNumbers", count(postgres, "select count(distinct receipt_number) from application"));
        counts.put("outboxEvents", count(postgres, "select count(*) from event_outbox"));
        counts.put("outboxUnpublished", count(postgres, "select count(*) from event_outbox where published_at is null"));
        return counts;
    }

    private static long count(PostgresServer postgres, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("applications"), PostgresServer.USER,
                PostgresServer.PASSWORD); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String line(MeasuredStep measured) {
        Submissions.Step s = measured.result();
        return String.format(Locale.ROOT, "RATE offered %5d/s  achieved %7.1f/s  accepted %,7d  errors %,6d%s  p50 %7.1f"
                + " ms  p95 %7.1f ms  p99 %7.1f ms  max %7.1f ms  %s", s.offeredPerSecond(), s.achievedPerSecond(),
                s.accepted(), s.errors(), s.errorsByKind().isEmpty() ? "" : " " + s.errorsByKind(), s.latency().p50Ms(),
                s.latency().p95Ms(), s.latency().p99Ms(), s.latency().maxMs(), measured.held() ? "held" : "NOT held");
    }

    private static String markdown(Summary s) {
        StringBuilder md = new StringBuilder(BenchmarkRun.summaryHeading(
                "Scenario 1: signed-in submissions through the gateway: benchmark run", s.machine(),
                s.loadAverageAtEnd()));
        md.append("- PostgreSQL: ").append(s.postgres()).append("; Kafka in the benchmark's JVM; Keycloak ready after ")
                .append(String.format(Locale.ROOT, "%.1f s", s.keycloakStartSeconds())).append(" (idle during the steps)\n");
        md.append("- caller: ").append(s.caller()).append("; a submission with a forged token answered: ")
                .append(s.refusedWithoutValidToken()).append('\n');
        md.append("- service and gateway JVMs: `").append(s.settings().serviceJvm()).append("`, service pool ")
                .append(s.settings().pool()).append(" connections; no Idempotency-Key\n");
        md.append(String.format(Locale.ROOT, "- **ceiling**: %,.0f commits/s (%d connections, one-row autocommit"
                + " inserts; commit p50 %.2f ms, p99 %.2f ms); a submission commits once%n",
                s.ceiling().commitsPerSecond(), s.ceiling().connections(), s.ceiling().commitLatency().p50Ms(),
                s.ceiling().commitLatency().p99Ms()));
        md.append(String.format(Locale.ROOT, "- **sustained with p99 < %.0f ms**: direct %s, **through the gateway %s**"
                + " (target >= 1,200/s); best achieved: direct %.1f/s, gateway %.1f/s (%.1f %% of direct, %.1f %% of"
                + " the ceiling)%n%n", s.settings().p99LimitMs(), perSecond(s.sustainedDirect()),
                perSecond(s.sustainedGateway()), s.bestDirectPerSecond(), s.bestGatewayPerSecond(),
                100 * s.bestGatewayPerSecond() / Math.max(0.001, s.bestDirectPerSecond()),
                100 * s.bestGatewayPerSecond() / s.ceiling().commitsPerSecond()));
        md.append("![throughput and p99 against the offered rate](" + NAME + ".png)\n\n");
        md.append("| path | offered/s | achieved/s | accepted | errors | p50 ms | p95 ms | p99 ms | max ms | held | CPU"
                + " (cores) service / gateway / driver+Kafka / PostgreSQL, machine busy |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|\n");
        for (MeasuredStep m : s.steps()) {
            Submissions.Step r = m.result();
            md.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %,d | %,d%s | %.1f | %.1f | %.1f | %.1f | %s |"
                    + " %.2f / %s / %.2f / %.2f, %.0f%% |%n", m.path(), r.offeredPerSecond(), r.achievedPerSecond(),
                    r.accepted(), r.errors(), r.errorsByKind().isEmpty() ? "" : " " + r.errorsByKind(),
                    r.latency().p50Ms(), r.latency().p95Ms(), r.latency().p99Ms(), r.latency().maxMs(),
                    m.held() ? "yes" : "no", m.cpu().serviceCores(),
                    m.gatewayCores() == null ? "–" : String.format(Locale.ROOT, "%.2f", m.gatewayCores()),
                    m.cpu().driverCores(), m.cpu().postgresCores(), m.cpu().machineBusyPercent()));
        }
        md.append("\n| offered/s | direct achieved/s | gateway achieved/s | gateway / direct | direct p99 ms | gateway"
                + " p99 ms |\n|---:|---:|---:|---:|---:|---:|\n");
        for (Ratio r : s.ratios()) {
            md.append(String.format(Locale.ROOT, "| %d | %.1f | %.1f | %.1f %% | %.1f | %.1f |%n", r.offeredPerSecond(),
                    r.directPerSecond(), r.gatewayPerSecond(), 100 * r.ratio(), r.directP99Ms(), r.gatewayP99Ms()));
        }
        md.append("\nOpen loop: latency runs from when a request was due, so a slowed service or driver is counted;"
                + " percentiles are of accepted (201) submissions. A path stops after the first rate whose p99 passed"
                + " the limit (or that it could not keep up with). Database after the run: ").append(s.database())
                .append("; ERROR lines: applications-service ").append(s.serviceErrorLogLines()).append(", gateway ")
                .append(s.gatewayErrorLogLines()).append("; token refresh failures: ").append(s.tokenRefreshFailures())
                .append(".\n");
        return md.toString();
    }
}
