package org.madoguchi.benchmarks.gateway;

import static org.madoguchi.benchmarks.support.BenchmarkRun.out;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.madoguchi.benchmarks.support.BenchmarkRun;
import org.madoguchi.benchmarks.support.BenchmarkStack;
import org.madoguchi.benchmarks.support.CpuMeter;
import org.madoguchi.benchmarks.support.Machine;
import org.madoguchi.benchmarks.support.PackagedService;
import org.madoguchi.benchmarks.support.SummaryFiles;
import org.madoguchi.devstack.PostgresServer;

/**
 * What the front door costs: a public read of the packaged procedures-service ({@code GET /api/v1/departments} by
 * default, answered from its database), called with wrk directly and through the packaged gateway, in turn and in
 * the same run, on the devstack's real PostgreSQL and Kafka. Through the gateway a request also passes the door's
 * checks (route, public path, header rules, request id and trace context), takes a token from the caller's
 * Bucket4j bucket in the gateway's PostgreSQL database (the limit is set high enough never to refuse) and the
 * upstream's circuit breaker, and is proxied by Vert.x http-proxy.
 * <p>
 * Throughput: {@code bench.connections} keep-alive connections as fast as answers come, the same for both; its
 * ratio is the gateway's share of the direct throughput. Latency: one connection, one request at a time, so the
 * difference of the two p50s is what the gateway adds to a request when the machine is not saturated. There is no
 * Keycloak: the gateway's and the service's OIDC tenants are off, so the read is anonymous in both paths (a signed-in
 * request would also have its token's signature checked at the door).
 */
public final class GatewayOverheadBenchmark {

    private static final String OIDC_CHECK = "OIDC Provider Health Check";

    private GatewayOverheadBenchmark() {
    }

    record Settings(Path home, Path target, String path, int threads, int connections, Duration throughput,
            Duration latency, Duration warmup, int rounds, String postgres, String serviceJvm) {

        static Settings fromSystemProperties() {
            return new Settings(Path.of(property("bench.home", ".")).toAbsolutePath().normalize(),
                    Path.of(property("bench.target", "target")).toAbsolutePath().normalize(),
                    property("bench.path", "/api/v1/departments"),
                    Integer.parseInt(property("bench.threads", "2")),
                    Integer.parseInt(property("bench.connections", "32")),
                    Duration.ofSeconds(Long.parseLong(property("bench.throughput-seconds", "20"))),
                    Duration.ofSeconds(Long.parseLong(property("bench.latency-seconds", "15"))),
                    Duration.ofSeconds(Long.parseLong(property("bench.warmup-seconds", "20"))),
                    Integer.parseInt(property("bench.rounds", "2")), property("bench.postgres", "durable"),
                    property("bench.service-jvm", "-Xmx384m"));
        }

        private static String property(String name, String fallback) {
            String value = System.getProperty(name);
            return value == null || value.isBlank() ? fallback : value;
        }
    }

    /** One round: each path's throughput run (with the CPU of each part) and latency run. */
    record Round(int round, Wrk.Result directThroughput, String directCpu, Wrk.Result gatewayThroughput,
            String gatewayCpu, Wrk.Result directLatency, Wrk.Result gatewayLatency) {

        double throughputRatio() {
            return gatewayThroughput.requestsPerSecond() / directThroughput.requestsPerSecond();
        }

        double addedP50Ms() {
            return gatewayLatency.p50Ms() - directLatency.p50Ms();
        }

        double addedP99Ms() {
            return gatewayLatency.p99Ms() - directLatency.p99Ms();
        }
    }

    record Summary(String benchmark, Machine machine, Settings settings, String wrk, String postgres,
            List<Round> rounds, double throughputRatio, double addedP50Ms, double addedP99Ms, String loadAverageAtEnd) {
    }

    public static void main(String[] args) {
        BenchmarkRun.exit(GatewayOverheadBenchmark::run);
    }

    private static void run() throws Exception {
        Settings settings = Settings.fromSystemProperties();
        String wrk = Wrk.requireInstalled();
        Path proceduresJar = PackagedService.runnerOf(settings.home(), "procedures-service");
        Path gatewayJar = PackagedService.runnerOf(settings.home(), "gateway");
        Machine machine = BenchmarkRun.header("gateway overhead benchmark");
        out("load: %s", wrk);
        try (BenchmarkStack stack = BenchmarkStack.start(settings.target().resolve("bench-stack"), settings.postgres())) {
            PostgresServer postgres = stack.postgres();
            postgres.createDatabaseIfMissing("procedures");
            postgres.createDatabaseIfMissing("gateway");
            out("PostgreSQL 127.0.0.1:%d %s; Kafka %s (in the benchmark's JVM)", postgres.port(),
                    stack.postgresDurability(), stack.kafka().bootstrapServers());
            int servicePort = BenchmarkStack.freePort();
            int gatewayPort = BenchmarkStack.freePort();
            try (PackagedService procedures = PackagedService.start("procedures-service", proceduresJar,
                    settings.serviceJvm(), serviceEnvironment(stack, "procedures", servicePort),
                    settings.target().resolve("procedures-service.log"));
                 PackagedService gateway = PackagedService.start("gateway", gatewayJar, settings.serviceJvm(),
                         gatewayEnvironment(stack, gatewayPort, servicePort), settings.target().resolve("gateway.log"))) {
                out("procedures-service on port %d: %s", servicePort, procedures.awaitReadyIgnoring(
                        URI.create("http://127.0.0.1:" + servicePort + "/q/health/ready"), OIDC_CHECK, Duration.ofMinutes(3)));
                out("gateway on port %d: %s", gatewayPort, gateway.awaitReadyIgnoring(
                        URI.create("http://127.0.0.1:" + gatewayPort + "/q/health/ready"), OIDC_CHECK, Duration.ofMinutes(3)));
                String direct = "http://127.0.0.1:" + servicePort + settings.path();
                String through = "http://127.0.0.1:" + gatewayPort + settings.path();
                requireSameAnswer(direct, through);

                out("warm-up: %d s on each path (not counted)", settings.warmup().toSeconds());
                Wrk.run(direct, settings.threads(), settings.connections(), settings.warmup());
                Wrk.run(through, settings.threads(), settings.connections(), settings.warmup());

                List<Round> rounds = new ArrayList<>();
                for (int r = 1; r <= settings.rounds(); r++) {
                    CpuMeter directMeter = new CpuMeter(procedures.pid(), stack.postmaster());
                    CpuMeter gatewayMeter = new CpuMeter(gateway.pid(), stack.postmaster());
                    CpuMeter.Sample s0 = directMeter.sample();
                    Wrk.Result directThroughput = Wrk.run(direct, settings.threads(), settings.connections(),
                            settings.throughput());
                    String directCpu = cpu(directMeter, s0, null, null);
                    CpuMeter.Sample g0 = gatewayMeter.sample();
                    CpuMeter.Sample p0 = directMeter.sample();
                    Wrk.Result gatewayThroughput = Wrk.run(through, settings.threads(), settings.connections(),
                            settings.throughput());
                    String gatewayCpu = cpu(directMeter, p0, gatewayMeter, g0);
                    Wrk.Result directLatency = Wrk.run(direct, 1, 1, settings.latency());
                    Wrk.Result gatewayLatency = Wrk.run(through, 1, 1, settings.latency());
                    Round round = new Round(r, directThroughput, directCpu, gatewayThroughput, gatewayCpu,
                            directLatency, gatewayLatency);
                    rounds.add(round);
                    out("ROUND %d", r);
                    out("  throughput, %d connections", settings.connections());
                    out("    direct   %s", directThroughput.line());
                    out("             cpu: %s", directCpu);
                    out("    gateway  %s", gatewayThroughput.line());
                    out("             cpu: %s", gatewayCpu);
                    out("    gateway / direct: %.1f %%", 100 * round.throughputRatio());
                    out("  latency, 1 connection, one request at a time");
                    out("    direct   %s", directLatency.line());
                    out("    gateway  %s", gatewayLatency.line());
                    out("    added by the gateway: p50 %.3f ms, p99 %.3f ms", round.addedP50Ms(), round.addedP99Ms());
                }
                double ratio = median(rounds.stream().map(Round::throughputRatio).toList());
                double addedP50 = median(rounds.stream().map(Round::addedP50Ms).toList());
                double addedP99 = median(rounds.stream().map(Round::addedP99Ms).toList());
                out("");
                out("RESULT (median of %d rounds): gateway throughput %.1f %% of direct (target >= 80 %%: %s); added latency p50 %.3f ms (target < 1 ms: %s), p99 %.3f ms",
                        rounds.size(), 100 * ratio, ratio >= 0.8 ? "MET" : "MISSED", addedP50,
                        addedP50 < 1 ? "MET" : "MISSED", addedP99);
                String loadAtEnd = Machine.currentLoadAverage();
                out("gateway log: %d ERROR lines; procedures-service log: %d ERROR lines; load average at end %s",
                        gateway.logLinesContaining(" ERROR "), procedures.logLinesContaining(" ERROR "), loadAtEnd);
                Summary summary = new Summary("gateway-overhead", machine, settings, wrk, stack.postgresDurability(),
                        rounds, ratio, addedP50, addedP99, loadAtEnd);
                Path[] files = SummaryFiles.write(settings.target(), "gateway-overhead", markdown(summary), summary);
                out("summary: %s, %s", files[0], files[1]);
            }
        }
    }

    private static Map<String, String> serviceEnvironment(BenchmarkStack stack, String database, int port) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        environment.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", stack.postgres().jdbcUrl(database));
        environment.put("QUARKUS_DATASOURCE_USERNAME", PostgresServer.USER);
        environment.put("QUARKUS_DATASOURCE_PASSWORD", PostgresServer.PASSWORD);
        environment.put("KAFKA_BOOTSTRAP_SERVERS", stack.kafka().bootstrapServers());
        environment.put("QUARKUS_OIDC_TENANT_ENABLED", "false");
        environment.put("QUARKUS_OIDC_AUTH_SERVER_URL", "http://127.0.0.1:" + BenchmarkStack.freePort() + "/realms/madoguchi");
        return environment;
    }

    private static Map<String, String> gatewayEnvironment(BenchmarkStack stack, int port, int proceduresPort) {
        Map<String, String> environment = serviceEnvironment(stack, "gateway", port);
        environment.put("MADOGUCHI_GATEWAY_UPSTREAMS_PROCEDURES_URL", "http://127.0.0.1:" + proceduresPort);
        // the bucket is still taken from PostgreSQL on every request; the limit is only high enough never to refuse
        environment.put("MADOGUCHI_GATEWAY_RATE_LIMIT_ANONYMOUS_REQUESTS", "1000000000");
        environment.put("MADOGUCHI_GATEWAY_RATE_LIMIT_ANONYMOUS_PER", "1m");
        return environment;
    }

    /** Both paths must give the same 200 answer, or the comparison means nothing. */
    private static void requireSameAnswer(String direct, String through) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> a = client.send(HttpRequest.newBuilder(URI.create(direct)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> b = client.send(HttpRequest.newBuilder(URI.create(through)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (a.statusCode() != 200 || b.statusCode() != 200 || !a.body().equals(b.body())) {
            throw new IllegalStateException("direct and gateway answers differ: " + a.statusCode() + " / "
                    + b.statusCode() + "\n" + a.body() + "\n---\n" + b.body());
        }
        out("both paths answer 200 with the same %,d-byte body", a.body().length());
    }

    private static String cpu(CpuMeter service, CpuMeter.Sample from, CpuMeter gateway, CpuMeter.Sample gatewayFrom) {
        CpuMeter.Usage usage = CpuMeter.between(from, service.sample());
        String text = String.format(Locale.ROOT, "procedures-service %.2f, PostgreSQL %.2f", usage.serviceCores(),
                usage.postgresCores());
        if (gateway != null) {
            text += String.format(Locale.ROOT, ", gateway %.2f", CpuMeter.between(gatewayFrom, gateway.sample()).serviceCores());
        }
        return text + String.format(Locale.ROOT, " cores; machine %.0f%% busy", usage.machineBusyPercent());
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String markdown(Summary s) {
        StringBuilder md = new StringBuilder(BenchmarkRun.summaryHeading("gateway overhead: benchmark run", s.machine(),
                s.loadAverageAtEnd()));
        md.append("- load: ").append(s.wrk()).append("; path `").append(s.settings().path()).append("`; PostgreSQL ")
                .append(s.postgres()).append('\n');
        md.append(String.format(Locale.ROOT, "- **gateway throughput %.1f %% of direct** (target >= 80 %%); **added p50 %.3f ms** (target < 1 ms), added p99 %.3f ms (medians of %d rounds)%n%n",
                100 * s.throughputRatio(), s.addedP50Ms(), s.addedP99Ms(), s.rounds().size()));
        md.append("| round | direct req/s | gateway req/s | ratio | direct p50 / p99 ms | gateway p50 / p99 ms | added p50 / p99 ms | CPU through the gateway |\n");
        md.append("|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (Round r : s.rounds()) {
            md.append(String.format(Locale.ROOT, "| %d | %,.0f | %,.0f | %.1f %% | %.3f / %.3f | %.3f / %.3f | %.3f / %.3f | %s |%n",
                    r.round(), r.directThroughput().requestsPerSecond(), r.gatewayThroughput().requestsPerSecond(),
                    100 * r.throughputRatio(), r.directLatency().p50Ms(), r.directLatency().p99Ms(),
                    r.gatewayLatency().p50Ms(), r.gatewayLatency().p99Ms(), r.addedP50Ms(), r.addedP99Ms(),
                    r.gatewayCpu()));
        }
        return md.toString();
    }

}
