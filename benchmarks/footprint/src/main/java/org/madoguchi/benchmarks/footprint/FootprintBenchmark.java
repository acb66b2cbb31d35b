package org.madoguchi.benchmarks.footprint;

import static org.madoguchi.benchmarks.support.BenchmarkRun.out;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.madoguchi.benchmarks.support.BenchmarkRun;
import org.madoguchi.benchmarks.support.BenchmarkStack;
import org.madoguchi.benchmarks.support.CpuMeter;
import org.madoguchi.benchmarks.support.Machine;
import org.madoguchi.benchmarks.support.PackagedService;
import org.madoguchi.benchmarks.support.SummaryFiles;
import org.madoguchi.devstack.PostgresServer;

/**
 * What each service costs the machine it runs on: the packaged service ({@code quarkus-run.jar} in a JVM of its
 * own), started alone, one service after the other and several times each, on the devstack's real PostgreSQL and
 * Kafka. For each start: the time from the process's start to its readiness (every check of
 * {@code /q/health/ready} UP but the OIDC one, asked every 50 ms), the resident memory ({@code VmRSS}) after it has
 * been left idle for a while, and the largest resident memory under a short closed-loop load of one request it
 * answers without a token. The figures are the medians over the starts, beside the floor of the same run: how long
 * the same {@code java} with the same options takes for {@code -version} and for an empty {@code main}, and how much
 * memory a JVM that does nothing keeps.
 * <p>
 * Each start has a fresh database, so it includes the Flyway migrations and the seed, as a new installation's first
 * start does. There is no Keycloak: the OIDC tenants are off and its readiness check, DOWN {"Default":"Disabled"},
 * is ignored, as in the other service benchmarks.
 * <p>
 * Settings are system properties ({@code bench.*}, see the module's pom).
 */
public final class FootprintBenchmark {

    private static final String OIDC_CHECK = "OIDC Provider Health Check";
    private static final Pattern STARTED_IN = Pattern.compile("started in ([0-9.]+)s");

    private FootprintBenchmark() {
    }

    record Settings(Path home, Path target, Path classes, List<String> services, int starts, Duration idle,
            Duration load, int loadConnections, Duration readyTimeout, String postgres, String serviceJvm) {

        static Settings fromSystemProperties() {
            Path target = Path.of(property("bench.target", "target")).toAbsolutePath().normalize();
            return new Settings(Path.of(property("bench.home", ".")).toAbsolutePath().normalize(), target,
                    Path.of(property("bench.classes", target.resolve("classes").toString())),
                    Arrays.stream(property("bench.services", MeasuredService.ALL.stream()
                            .map(MeasuredService::module).reduce((a, b) -> a + "," + b).orElseThrow()).split(","))
                            .map(String::strip).filter(s -> !s.isEmpty()).toList(),
                    Integer.parseInt(property("bench.starts", "3")),
                    Duration.ofSeconds(Long.parseLong(property("bench.idle-seconds", "5"))),
                    Duration.ofSeconds(Long.parseLong(property("bench.load-seconds", "10"))),
                    Integer.parseInt(property("bench.load-connections", "8")),
                    Duration.ofSeconds(Long.parseLong(property("bench.ready-timeout-seconds", "180"))),
                    property("bench.postgres", "durable"), property("bench.service-jvm", "-Xmx512m"));
        }

        private static String property(String name, String fallback) {
            String value = System.getProperty(name);
            return value == null || value.isBlank() ? fallback : value;
        }
    }

    /** One start of one service. Seconds and MiB. */
    record Start(int start, double readySeconds, Double quarkusStartedSeconds, String readiness, double idleRssMb,
            double loadRssMaxMb, double loadRssEndMb, double peakRssMb, ClosedLoad.Result load, double loadCores) {
    }

    /** One service's starts and their medians. */
    record ServiceFootprint(String service, String load, List<Start> starts, double readySeconds,
            double quarkusStartedSeconds, double idleRssMb, double loadRssMb, double loadPerSecond) {
    }

    record Summary(String benchmark, Machine machine, Settings settings, String postgres, String caller,
            BareJvm.Floor floor, List<ServiceFootprint> services, String loadAverageAtEnd) {
    }

    public static void main(String[] args) {
        BenchmarkRun.exit(FootprintBenchmark::run);
    }

    private static void run() throws Exception {
        Settings settings = Settings.fromSystemProperties();
        List<MeasuredService> services = settings.services().stream().map(MeasuredService::named).toList();
        Map<MeasuredService, Path> jars = new LinkedHashMap<>();
        for (MeasuredService service : services) {
            jars.put(service, PackagedService.runnerOf(settings.home(), service.module()));
        }
        List<String> jvm = Arrays.stream(settings.serviceJvm().trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
        Machine machine = BenchmarkRun.header("service footprint benchmark");
        out("each service alone, %d starts each, fresh database each start; idle %d s, then %d connections for %d s;"
                + " service JVM %s; no Keycloak (OIDC tenants off, their readiness check ignored)", settings.starts(),
                settings.idle().toSeconds(), settings.loadConnections(), settings.load().toSeconds(),
                settings.serviceJvm());
        try (BenchmarkStack stack = BenchmarkStack.start(settings.target().resolve("bench-stack"), settings.postgres());
             UpstreamStandIn upstream = new UpstreamStandIn(BenchmarkStack.freePort())) {
            out("PostgreSQL 127.0.0.1:%d %s; Kafka %s (in the benchmark's JVM); the gateway's upstream stand-in %s",
                    stack.postgres().port(), stack.postgresDurability(), stack.kafka().bootstrapServers(),
                    upstream.baseUrl());

            BareJvm.Floor floor = new BareJvm(jvm, settings.classes()).measure(settings.starts(), Duration.ofSeconds(2));
            out("FLOOR bare JVM (%s): java -version %.3f s, empty main %.3f s (medians of %d); idle JVM RSS %.1f MiB",
                    settings.serviceJvm(), floor.versionMedianSeconds(), floor.emptyMainMedianSeconds(),
                    settings.starts(), floor.idleRssMb());

            List<ServiceFootprint> footprints = new ArrayList<>();
            for (MeasuredService service : services) {
                List<Start> starts = new ArrayList<>();
                for (int n = 1; n <= settings.starts(); n++) {
                    Start start = startOnce(stack, upstream, settings, service, jars.get(service), n);
                    starts.add(start);
                    out("%-22s start %d: ready %6.2f s (Quarkus: started in %s s); RSS idle %6.1f MiB, under load %6.1f"
                            + " MiB (at its end %6.1f, peak since start %6.1f); load %s; service %.2f cores",
                            service.module(), n, start.readySeconds(),
                            start.quarkusStartedSeconds() == null ? "?" : String.format(Locale.ROOT, "%.2f",
                                    start.quarkusStartedSeconds()), start.idleRssMb(), start.loadRssMaxMb(),
                            start.loadRssEndMb(), start.peakRssMb(), start.load().line(), start.loadCores());
                }
                ServiceFootprint footprint = new ServiceFootprint(service.module(), service.load(), starts,
                        median(starts, Start::readySeconds),
                        median(starts, s -> s.quarkusStartedSeconds() == null ? Double.NaN : s.quarkusStartedSeconds()),
                        median(starts, Start::idleRssMb), median(starts, Start::loadRssMaxMb),
                        median(starts, s -> s.load().perSecond()));
                footprints.add(footprint);
                out("SERVICE %-22s median of %d: ready %.2f s (%.1f x an empty JVM's start), RSS idle %.1f MiB,"
                        + " under load %.1f MiB (%,.0f requests/s)", footprint.service(), starts.size(),
                        footprint.readySeconds(), footprint.readySeconds() / floor.emptyMainMedianSeconds(),
                        footprint.idleRssMb(), footprint.loadRssMb(), footprint.loadPerSecond());
            }
            String loadAtEnd = Machine.currentLoadAverage();
            out("");
            out("%-22s %10s %12s %14s %16s", "service", "ready s", "Quarkus s", "RSS idle MiB", "RSS load MiB");
            for (ServiceFootprint f : footprints) {
                out("%-22s %10.2f %12.2f %14.1f %16.1f", f.service(), f.readySeconds(), f.quarkusStartedSeconds(),
                        f.idleRssMb(), f.loadRssMb());
            }
            out("%-22s %10.2f %12s %14.1f %16s", "bare JVM (empty main)", floor.emptyMainMedianSeconds(), "-",
                    floor.idleRssMb(), "-");
            out("load average at end %s", loadAtEnd);
            Summary summary = new Summary("footprint", machine, settings, stack.postgresDurability(),
                    "anonymous (OIDC tenants disabled, no Keycloak)", floor, footprints, loadAtEnd);
            Path[] files = SummaryFiles.write(settings.target(), "footprint", markdown(summary), summary);
            out("summary: %s, %s", files[0], files[1]);
        }
    }

    private static Start startOnce(BenchmarkStack stack, UpstreamStandIn upstream, Settings settings,
            MeasuredService service, Path jar, int n) throws Exception {
        String database = service.database() + "_" + n;
        stack.postgres().createDatabaseIfMissing(database);
        int port = BenchmarkStack.freePort();
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        environment.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", stack.postgres().jdbcUrl(database));
        environment.put("QUARKUS_DATASOURCE_USERNAME", PostgresServer.USER);
        environment.put("QUARKUS_DATASOURCE_PASSWORD", PostgresServer.PASSWORD);
        environment.put("KAFKA_BOOTSTRAP_SERVERS", stack.kafka().bootstrapServers());
        // no Keycloak: the default OIDC tenant is off, so no issuer is contacted and no bearer token is accepted
        environment.put("QUARKUS_OIDC_TENANT_ENABLED", "false");
        environment.put("QUARKUS_OIDC_AUTH_SERVER_URL", "http://127.0.0.1:" + BenchmarkStack.freePort()
                + "/realms/madoguchi");
        environment.putAll(service.environment(upstream.baseUrl(), BenchmarkStack.freePort()));
        Path log = settings.target().resolve("logs").resolve(service.module() + "-" + n + ".log");
        long begin = System.nanoTime();
        try (PackagedService running = PackagedService.start(service.module(), jar, settings.serviceJvm(), environment,
                log)) {
            String readiness = running.awaitReadyIgnoring(URI.create("http://127.0.0.1:" + port + "/q/health/ready"),
                    OIDC_CHECK, settings.readyTimeout(), Duration.ofMillis(50));
            double ready = (System.nanoTime() - begin) / 1e9;
            Thread.sleep(settings.idle().toMillis());
            double idle = ResidentMemory.rssMb(running.pid());
            CpuMeter cpu = new CpuMeter(running.pid(), null);
            CpuMeter.Sample before = cpu.sample();
            ClosedLoad.Result load;
            double largest;
            try (ResidentMemory.Sampler sampler = new ResidentMemory.Sampler(running.pid(), 100)) {
                load = ClosedLoad.run(service.request("http://127.0.0.1:" + port), settings.loadConnections(),
                        settings.load());
                largest = sampler.largestMb();
            }
            double cores = CpuMeter.between(before, cpu.sample()).serviceCores();
            double end = ResidentMemory.rssMb(running.pid());
            double peak = ResidentMemory.peakMb(running.pid());
            return new Start(n, ready, quarkusStartedIn(log), readiness, idle, Math.max(largest, end), end, peak, load,
                    cores);
        }
    }

    /** What Quarkus itself logs as its start time ({@code … started in 4.123s.}), which begins after the JVM's. */
    private static Double quarkusStartedIn(Path log) {
        try {
            Matcher started = STARTED_IN.matcher(Files.readString(log, StandardCharsets.UTF_8));
            return started.find() ? Double.valueOf(started.group(1)) : null;
        } catch (java.io.IOException | RuntimeException unreadable) {
            return null;
        }
    }

    private static double median(List<Start> starts, ToDoubleFunction<Start> figure) {
        return Medians.of(starts.stream().map(s -> figure.applyAsDouble(s)).filter(v -> !Double.isNaN(v)).toList());
    }

    private static String markdown(Summary s) {
        StringBuilder md = new StringBuilder(BenchmarkRun.summaryHeading("service footprint: benchmark run",
                s.machine(), s.loadAverageAtEnd()));
        md.append("- PostgreSQL: ").append(s.postgres()).append("; Kafka in the benchmark's JVM\n");
        md.append("- callers: ").append(s.caller()).append("; service JVM `").append(s.settings().serviceJvm())
                .append("`\n");
        md.append(String.format(Locale.ROOT, "- each service alone, %d starts on a fresh database each; RSS idle after"
                + " %d s, under load the largest VmRSS during %d s of %d connections%n", s.settings().starts(),
                s.settings().idle().toSeconds(), s.settings().load().toSeconds(), s.settings().loadConnections()));
        md.append(String.format(Locale.ROOT, "- **floor** (same java, same options): `java -version` %.3f s, an empty"
                + " main %.3f s; an idle JVM keeps %.1f MiB%n%n", s.floor().versionMedianSeconds(),
                s.floor().emptyMainMedianSeconds(), s.floor().idleRssMb()));
        md.append("| service | start → ready s (median) | Quarkus \"started in\" s | RSS idle MiB | RSS under load MiB |"
                + " load requests/s | load |\n|---|---:|---:|---:|---:|---:|---|\n");
        for (ServiceFootprint f : s.services()) {
            md.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.1f | %.1f | %,.0f | %s |%n", f.service(),
                    f.readySeconds(), f.quarkusStartedSeconds(), f.idleRssMb(), f.loadRssMb(), f.loadPerSecond(),
                    f.load()));
        }
        md.append(String.format(Locale.ROOT, "| bare JVM (empty main) | %.2f | – | %.1f | – | – | – |%n",
                s.floor().emptyMainMedianSeconds(), s.floor().idleRssMb()));
        md.append("\nEvery start:\n\n| service | start | ready s | RSS idle | RSS load (end, peak) | answers |\n"
                + "|---|---:|---:|---:|---:|---|\n");
        for (ServiceFootprint f : s.services()) {
            for (Start st : f.starts()) {
                md.append(String.format(Locale.ROOT, "| %s | %d | %.2f | %.1f | %.1f (%.1f, %.1f) | %s |%n",
                        f.service(), st.start(), st.readySeconds(), st.idleRssMb(), st.loadRssMaxMb(),
                        st.loadRssEndMb(), st.peakRssMb(), st.load().answers()));
            }
        }
        return md.toString();
    }
}
