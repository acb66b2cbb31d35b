package org.madoguchi.benchmarks.bookings;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.madoguchi.benchmarks.support.SummaryFiles;
import org.madoguchi.devstack.KeycloakServer;
import org.madoguchi.devstack.PostgresServer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Measures concurrent booking in device-lending-service as it ships: the packaged service in its own JVM on the
 * devstack's real PostgreSQL and Kafka, with real tokens from the devstack's Keycloak and the development realm.
 * A burst of booking requests for a few devices over overlapping slots of one day, all sent at once, races for the
 * devices; the benchmark prints the throughput, latency percentiles and how many were accepted, refused as
 * conflicts (409) or answered otherwise, beside a ceiling measured on the same PostgreSQL server in the same run (the
 * same requests as one-row inserts into a table with an exclusion constraint). Then it proves from the service's
 * database that no two accepted bookings of a device overlap, and ends the JVM with 1 when they do.
 * <p>
 * Why Keycloak: booking is for staff only ({@code @RolesAllowed("staff")}) and the borrower is the token's subject
 * and department, so an anonymous run (the OIDC tenant disabled, as the other service benchmarks run) could book
 * nothing; a packaged service validates tokens against its issuer's keys, so the tokens must come from a real
 * issuer. Keycloak is started before the service and is idle while the bursts run: the service checks each token
 * against keys it fetched once.
 * <p>
 * Settings are system properties ({@code bench.*}, see the module's pom).
 */
public final class LendingBookingBenchmark {

    private static final String DATABASE = "lending";
    private static final String SCRATCH_DATABASE = "bench_scratch";
    private static final String REALM = "madoguchi";
    private static final String REALM_FILE = "deploy/keycloak/madoguchi-realm.json";
    /** Keycloak on two cores starts fastest with the quick compiler only, as the end-to-end tests start it. */
    private static final List<String> KEYCLOAK_JVM = List.of("-XX:TieredStopAtLevel=1");
    private static final ObjectMapper JSON = new ObjectMapper();

    private LendingBookingBenchmark() {
    }

    record Settings(Path home, Path target, Path keycloakZip, int requests, int devices, int warmupRounds,
            int daysAhead, int pool, String postgres, Duration requestTimeout, long seed, String serviceJvm) {

        static Settings fromSystemProperties() {
            Path home = Path.of(property("bench.home", ".")).toAbsolutePath().normalize();
            Path target = Path.of(property("bench.target", "target")).toAbsolutePath().normalize();
            return new Settings(home, target,
                    Path.of(property("bench.keycloak-zip", target.resolve("dist/keycloak-quarkus-dist.zip").toString())),
                    Integer.parseInt(property("bench.requests", "1000")),
                    Integer.parseInt(property("bench.devices", "10")),
                    Integer.parseInt(property("bench.warmup-rounds", "2")),
                    Integer.parseInt(property("bench.days-ahead", "7")),
                    Integer.parseInt(property("bench.pool", "20")), property("bench.postgres", "durable"),
                    Duration.ofSeconds(Long.parseLong(property("bench.request-timeout-seconds", "60"))),
                    Long.parseLong(property("bench.seed", "20261201")), property("bench.service-jvm", "-Xmx512m"));
        }

        private static String property(String name, String fallback) {
            String value = System.getProperty(name);
            return value == null || value.isBlank() ? fallback : value;
        }
    }

    /** The requests of the measured burst, before they are sent. */
    record Plan(String day, int requests, int devices, List<String> deviceNumbers, long overlappingRequestPairs,
            int mostAcceptable) {
    }

    /** Everything the JSON summary holds. */
    record Summary(String benchmark, Machine machine, Settings settings, String postgres, String caller,
            String serviceJvm, double keycloakStartSeconds, Plan plan, List<Bookings.Burst> warmups,
            ExclusionCeiling.Result ceiling, Bookings.Burst measured, CpuMeter.Usage cpu, double ratioToCeiling,
            NoOverlapProof.Result proof, long serviceErrorLogLines, String loadAverageAtEnd) {
    }

    public static void main(String[] args) {
        BenchmarkRun.exit(LendingBookingBenchmark::run);
    }

    private static void run() throws Exception {
        Settings settings = Settings.fromSystemProperties();
        Path jar = PackagedService.runnerOf(settings.home(), "device-lending-service");
        if (!settings.keycloakZip().toFile().isFile()) {
            throw new IllegalStateException("no Keycloak distribution at " + settings.keycloakZip()
                    + ": run the module through Maven (it copies keycloak-quarkus-dist), or set bench.keycloak-zip");
        }
        Machine machine = BenchmarkRun.header("device-lending-service concurrent booking benchmark");
        try (BenchmarkStack stack = BenchmarkStack.start(settings.target().resolve("bench-stack"), settings.postgres())) {
            PostgresServer postgres = stack.postgres();
            postgres.createDatabaseIfMissing(DATABASE);
            postgres.createDatabaseIfMissing(SCRATCH_DATABASE);
            postgres.createDatabaseIfMissing("keycloak");
            out("PostgreSQL 127.0.0.1:%d %s; Kafka %s (in the benchmark's JVM)", postgres.port(),
                    stack.postgresDurability(), stack.kafka().bootstrapServers());

            long keycloakStarting = System.nanoTime();
            try (KeycloakServer keycloak = new KeycloakServer(settings.keycloakZip(),
                    settings.target().resolve("keycloak-install"), settings.target().resolve("bench-stack/keycloak"),
                    postgres.jdbcUrl("keycloak"), PostgresServer.USER, PostgresServer.PASSWORD,
                    BenchmarkStack.freePort(), BenchmarkStack.freePort(), settings.home().resolve(REALM_FILE),
                    settings.target().resolve("keycloak.log")).jvmOptions(KEYCLOAK_JVM)) {
                keycloak.start(Duration.ofMinutes(5));
                double keycloakSeconds = (System.nanoTime() - keycloakStarting) / 1e9;
                StaffTokens staff = StaffTokens.of(settings.home().resolve(REALM_FILE), keycloak.issuer(REALM));
                List<String> tokens = staff.fresh();
                out("Keycloak %s ready after %.1f s (realm %s from %s); tokens of %d sample staff by the password grant"
                        + " of %s: %s", keycloak.baseUrl(), keycloakSeconds, REALM, REALM_FILE, tokens.size(),
                        StaffTokens.CLIENT_ID, String.join(", ", staff.usernames()));

                int port = BenchmarkStack.freePort();
                long starting = System.nanoTime();
                try (PackagedService service = PackagedService.start("device-lending-service", jar,
                        settings.serviceJvm(), environment(stack, settings, keycloak, port),
                        settings.target().resolve("device-lending-service.log"))) {
                    String readiness = service.awaitReadyIgnoring(URI.create("http://127.0.0.1:" + port
                            + "/q/health/ready"), "", Duration.ofMinutes(3));
                    out("service: %s on port %d, JVM %s, pool %d connections, ready after %.1f s (log %s)", jar, port,
                            settings.serviceJvm(), settings.pool(), (System.nanoTime() - starting) / 1e9,
                            service.logFile());
                    out("readiness: %s", readiness);
                    String base = "http://127.0.0.1:" + port;
                    Map<UUID, String> devices = bookableDevices(base, tokens.get(0), settings.devices());
                    List<UUID> deviceIds = List.copyOf(devices.keySet());
                    out("devices: %s", String.join(", ", devices.values()));

                    LocalDate day = LocalDate.now(BookingPlan.CITY).plusDays(settings.daysAhead());
                    BookingPlan plan = BookingPlan.of(deviceIds, settings.requests(), day, settings.seed());
                    Plan described = new Plan(day.toString(), settings.requests(), deviceIds.size(),
                            List.copyOf(devices.values()), plan.overlappingRequestPairs(), plan.mostAcceptable());
                    out("plan: %,d requests for %s (Asia/Tokyo), %d per device, starting on a half hour 08:00–16:00,"
                            + " 0.5–4 h long; %,d pairs of one device's requests overlap; at most %,d can be accepted",
                            settings.requests(), day, settings.requests() / deviceIds.size(),
                            described.overlappingRequestPairs(), described.mostAcceptable());

                    Bookings bookings = new Bookings(URI.create(base + "/api/v1/lending/reservations"),
                            settings.requestTimeout());
                    List<Bookings.Burst> warmups = new ArrayList<>();
                    for (int round = 1; round <= settings.warmupRounds(); round++) {
                        BookingPlan warm = BookingPlan.of(deviceIds, settings.requests(), day.plusDays(round),
                                settings.seed());
                        Bookings.Burst burst = bookings.fire(warm, staff.fresh());
                        warmups.add(burst);
                        out("warm-up %d (%s, not counted): %s", round, warm.day(), burst.line());
                        out("      answers: %s", burst.answers());
                        settle(postgres);
                    }

                    ExclusionCeiling.Result ceiling = ExclusionCeiling.measure(postgres.jdbcUrl(SCRATCH_DATABASE),
                            settings.pool(), BookingPlan.of(deviceIds, settings.requests(), day.minusDays(1),
                                    settings.seed()), plan);
                    out("CEILING PostgreSQL: %,d one-row inserts with an exclusion constraint in %.2f s = %,.0f/s (%d"
                            + " connections, autocommit, same server): %,d accepted, %,d refused (23P01), %,d deadlocks"
                            + " (40P01, tried again); insert p50 %.2f ms, p99 %.2f ms", ceiling.inserts(),
                            ceiling.seconds(), ceiling.perSecond(), ceiling.connections(), ceiling.accepted(),
                            ceiling.conflicts(), ceiling.deadlocks(),
                            ceiling.insertLatency().p50Ms(), ceiling.insertLatency().p99Ms());
                    settle(postgres);

                    List<String> fresh = staff.fresh();
                    CpuMeter cpu = new CpuMeter(service.pid(), stack.postmaster());
                    CpuMeter.Sample before = cpu.sample();
                    Bookings.Burst measured = bookings.fire(plan, fresh);
                    CpuMeter.Usage used = CpuMeter.between(before, cpu.sample());
                    double ratio = measured.perSecond() / ceiling.perSecond();
                    out("BURST %s", measured.line());
                    out("      answers: %s", measured.answers());
                    out("      accepted p50 %.1f ms, p99 %.1f ms; conflicts p50 %.1f ms, p99 %.1f ms",
                            measured.acceptedLatency().p50Ms(), measured.acceptedLatency().p99Ms(),
                            measured.conflictLatency().p50Ms(), measured.conflictLatency().p99Ms());
                    out("      cpu: %s", used);
                    out("      %.1f %% of the ceiling's throughput", 100 * ratio);
                    settle(postgres);

                    NoOverlapProof.Result proof = NoOverlapProof.check(postgres, DATABASE, bookings.acceptedIds());
                    long errorLines = service.logLinesContaining(" ERROR ");
                    String loadAtEnd = Machine.currentLoadAverage();
                    out("");
                    out("PROOF: %,d bookings hold their devices (%s) on %d devices; overlapping pairs: %d%s",
                            proof.activeBookings(), proof.byStatus(), proof.devices(), proof.overlappingPairs(),
                            proof.overlapExamples().isEmpty() ? "" : " e.g. " + proof.overlapExamples());
                    out("       answered 201: %,d; answered but not in the database: %d; in the database but never"
                            + " answered 201: %d; reservation-requested events: %,d (unpublished outbox rows: %d)",
                            proof.answered201(), proof.answeredButMissing(), proof.storedButNotAnswered(),
                            proof.reservationRequestedEvents(), proof.unpublishedEvents());
                    out("service log: %d ERROR lines; load average at end %s", errorLines, loadAtEnd);

                    Summary summary = new Summary("lending-bookings", machine, settings, stack.postgresDurability(),
                            "sample staff of the development realm, password-grant tokens from Keycloak "
                                    + keycloak.baseUrl(), settings.serviceJvm(), keycloakSeconds, described, warmups,
                            ceiling, measured, used, ratio, proof, errorLines, loadAtEnd);
                    Path[] files = SummaryFiles.write(settings.target(), "lending-bookings", markdown(summary), summary);
                    out("summary: %s, %s", files[0], files[1]);
                    if (!proof.holds()) {
                        throw new IllegalStateException("PROOF FAILED: " + proof.overlappingPairs()
                                + " overlapping pairs of accepted bookings, " + proof.answeredButMissing()
                                + " bookings answered 201 but not stored");
                    }
                }
            }
        }
    }

    private static Map<String, String> environment(BenchmarkStack stack, Settings settings, KeycloakServer keycloak,
            int port) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        environment.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", stack.postgres().jdbcUrl(DATABASE));
        environment.put("QUARKUS_DATASOURCE_USERNAME", PostgresServer.USER);
        environment.put("QUARKUS_DATASOURCE_PASSWORD", PostgresServer.PASSWORD);
        environment.put("QUARKUS_DATASOURCE_JDBC_MAX_SIZE", Integer.toString(settings.pool()));
        environment.put("KAFKA_BOOTSTRAP_SERVERS", stack.kafka().bootstrapServers());
        environment.put("QUARKUS_OIDC_AUTH_SERVER_URL", keycloak.issuer(REALM));
        return environment;
    }

    /** The first bookable devices by number, as staff see them: id → number and site. */
    private static Map<UUID, String> bookableDevices(String base, String token, int wanted) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(base + "/api/v1/lending/devices")).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET /api/v1/lending/devices answered " + response.statusCode() + ": "
                    + response.body());
        }
        List<JsonNode> available = new ArrayList<>();
        JSON.readTree(response.body()).forEach(device -> {
            if ("AVAILABLE".equals(device.path("status").asText())) {
                available.add(device);
            }
        });
        available.sort(Comparator.comparing(device -> device.path("number").asText()));
        if (available.size() < wanted) {
            throw new IllegalStateException("only " + available.size() + " bookable devices, " + wanted + " wanted");
        }
        Map<UUID, String> devices = new LinkedHashMap<>();
        for (JsonNode device : available.subList(0, wanted)) {
            devices.put(UUID.fromString(device.path("id").asText()),
                    device.path("number").asText() + " (" + device.path("siteCode").asText() + ")");
        }
        return devices;
    }

    /** Waits until the service has stopped writing: bookings and unpublished outbox rows unchanged over a second. */
    private static void settle(PostgresServer postgres) throws Exception {
        String previous = "";
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            String now = count(postgres, "select count(*) from reservation") + "/"
                    + count(postgres, "select count(*) from event_outbox where published_at is null");
            if (now.equals(previous) && now.endsWith("/0")) {
                return;
            }
            previous = now;
            Thread.sleep(1000);
        }
    }

    private static long count(PostgresServer postgres, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(DATABASE), PostgresServer.USER,
                PostgresServer.PASSWORD); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String markdown(Summary s) {
        StringBuilder md = new StringBuilder(BenchmarkRun.summaryHeading(
                "device-lending-service concurrent bookings: benchmark run", s.machine(), s.loadAverageAtEnd()));
        md.append("- PostgreSQL: ").append(s.postgres()).append("; Kafka in the benchmark's JVM\n");
        md.append("- callers: ").append(s.caller()).append(String.format(Locale.ROOT, " (ready after %.1f s)%n",
                s.keycloakStartSeconds()));
        md.append("- service JVM: `").append(s.serviceJvm()).append("`, pool ").append(s.settings().pool())
                .append(" connections\n");
        Plan p = s.plan();
        md.append(String.format(Locale.ROOT, "- plan: %,d requests sent at once for %s, %d devices (%s); %,d pairs of one"
                + " device's requests overlap; at most %,d can be accepted%n", p.requests(), p.day(), p.devices(),
                String.join(", ", p.deviceNumbers()), p.overlappingRequestPairs(), p.mostAcceptable()));
        ExclusionCeiling.Result c = s.ceiling();
        md.append(String.format(Locale.ROOT, "- **ceiling**: %,.0f inserts/s (%,d one-row autocommit inserts with an"
                + " exclusion constraint, %d connections; %,d accepted, %,d refused, %,d deadlocks tried again; insert"
                + " p50 %.2f ms, p99 %.2f ms)%n%n", c.perSecond(), c.inserts(), c.connections(), c.accepted(),
                c.conflicts(), c.deadlocks(), c.insertLatency().p50Ms(),
                c.insertLatency().p99Ms()));
        md.append("| burst | day | requests/s | accepted (confirmed / pending) | conflicts 409 | other | p50 ms | p95 ms"
                + " | p99 ms | max ms |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        int round = 1;
        for (Bookings.Burst w : s.warmups()) {
            md.append(row("warm-up " + round++, w));
        }
        md.append(row("**measured**", s.measured()));
        md.append(String.format(Locale.ROOT, "%nMeasured burst: %.1f %% of the ceiling; CPU %s; answers %s.%n%n",
                100 * s.ratioToCeiling(), s.cpu(), s.measured().answers()));
        NoOverlapProof.Result proof = s.proof();
        md.append(String.format(Locale.ROOT, "**Proof** (every booking holding its device, read over JDBC and compared"
                + " pairwise): %,d bookings on %d devices, **%d overlapping pairs**; answered 201 %,d, answered but not"
                + " stored %d, stored but never answered 201 %d; reservation-requested events %,d, unpublished %d;"
                + " service log ERROR lines %d.%n", proof.activeBookings(), proof.devices(), proof.overlappingPairs(),
                proof.answered201(), proof.answeredButMissing(), proof.storedButNotAnswered(),
                proof.reservationRequestedEvents(), proof.unpublishedEvents(), s.serviceErrorLogLines()));
        return md.toString();
    }

    private static String row(String name, Bookings.Burst b) {
        return String.format(Locale.ROOT, "| %s | %s | %.1f | %,d (%,d / %,d) | %,d | %,d | %.1f | %.1f | %.1f | %.1f |%n",
                name, b.day(), b.perSecond(), b.accepted(), b.confirmed(), b.pending(), b.conflicts(), b.other(),
                b.latency().p50Ms(), b.latency().p95Ms(), b.latency().p99Ms(), b.latency().maxMs());
    }
}
