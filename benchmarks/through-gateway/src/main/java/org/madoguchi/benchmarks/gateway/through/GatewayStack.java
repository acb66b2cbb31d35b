package org.madoguchi.benchmarks.gateway.through;

import static org.madoguchi.benchmarks.support.BenchmarkRun.out;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.madoguchi.benchmarks.support.BenchmarkStack;
import org.madoguchi.benchmarks.support.CpuMeter;
import org.madoguchi.benchmarks.support.PackagedService;
import org.madoguchi.devstack.KeycloakServer;
import org.madoguchi.devstack.PostgresServer;

/**
 * The suite as a city runs it, for the scenarios through the front door: the devstack's PostgreSQL and Kafka
 * ({@link BenchmarkStack}), the devstack's Keycloak with the development realm (its database on the same PostgreSQL,
 * the quick compiler only, as {@code lending-bookings} and the end-to-end tests start it), the packaged services the
 * scenario calls and the packaged gateway in front of them, every one with its OIDC tenant <em>on</em> and trusting
 * this Keycloak, so that each signed-in request has its token checked at the door and again in the service.
 * <p>
 * The gateway's rate limits are set high enough never to refuse (every request still takes its token from the
 * caller's bucket in the gateway's database). Routes to services this run does not start lead to a closed port; the
 * gateway's {@code upstreams} readiness check therefore stays DOWN and is the one check not waited for.
 */
final class GatewayStack implements AutoCloseable {

    static final String REALM = "madoguchi";
    static final String REALM_FILE = "deploy/keycloak/madoguchi-realm.json";
    private static final List<String> KEYCLOAK_JVM = List.of("-XX:TieredStopAtLevel=1");
    private static final List<String> UPSTREAMS = List.of("procedures", "applications", "lending", "notification");

    /** A service behind the gateway: its upstream name in the gateway's configuration, its module, its database. */
    record Service(String upstream, String module, String database) {
    }

    private final BenchmarkStack stack;
    private final KeycloakServer keycloak;
    private final double keycloakSeconds;
    private final Map<String, PackagedService> services = new LinkedHashMap<>();
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, Runnable> restarts = new LinkedHashMap<>();
    private PackagedService gateway;
    private int gatewayPort;

    private GatewayStack(BenchmarkStack stack, KeycloakServer keycloak, double keycloakSeconds) {
        this.stack = stack;
        this.keycloak = keycloak;
        this.keycloakSeconds = keycloakSeconds;
    }

    /** Starts everything and waits until each part is ready; prints what runs where. */
    static GatewayStack start(Path home, Path target, Path keycloakZip, String durability, String serviceJvm, int pool,
            List<Service> behind) {
        if (!keycloakZip.toFile().isFile()) {
            throw new IllegalStateException("no Keycloak distribution at " + keycloakZip
                    + ": build the module through Maven (it copies keycloak-quarkus-dist), or set bench.keycloak-zip");
        }
        List<Path> jars = new ArrayList<>();
        for (Service service : behind) {
            jars.add(PackagedService.runnerOf(home, service.module()));
        }
        Path gatewayJar = PackagedService.runnerOf(home, "gateway");
        BenchmarkStack stack = BenchmarkStack.start(target.resolve("bench-stack"), durability);
        PostgresServer postgres = stack.postgres();
        for (Service service : behind) {
            postgres.createDatabaseIfMissing(service.database());
        }
        postgres.createDatabaseIfMissing("gateway");
        postgres.createDatabaseIfMissing("keycloak");
        postgres.createDatabaseIfMissing("bench_scratch");
        out("PostgreSQL 127.0.0.1:%d %s; Kafka %s (in the benchmark's JVM)", postgres.port(),
                stack.postgresDurability(), stack.kafka().bootstrapServers());

        long starting = System.nanoTime();
        KeycloakServer keycloak = new KeycloakServer(keycloakZip, target.resolve("keycloak-install"),
                target.resolve("bench-stack/keycloak"), postgres.jdbcUrl("keycloak"), PostgresServer.USER,
                PostgresServer.PASSWORD, BenchmarkStack.freePort(), BenchmarkStack.freePort(), home.resolve(REALM_FILE),
                target.resolve("keycloak.log")).jvmOptions(KEYCLOAK_JVM);
        keycloak.start(Duration.ofMinutes(5));
        GatewayStack started = new GatewayStack(stack, keycloak, (System.nanoTime() - starting) / 1e9);
        out("Keycloak %s ready after %.1f s (realm %s from %s)", keycloak.baseUrl(), started.keycloakSeconds, REALM,
                REALM_FILE);
        try {
            for (int i = 0; i < behind.size(); i++) {
                Service service = behind.get(i);
                int port = BenchmarkStack.freePort();
                started.ports.put(service.upstream(), port);
                Path jar = jars.get(i);
                Map<String, String> environment = started.serviceEnvironment(service.database(), port, pool);
                started.services.put(service.upstream(), PackagedService.start(service.module(), jar, serviceJvm,
                        environment, target.resolve(service.module() + ".log")));
                started.restarts.put(service.upstream(), () -> started.services.put(service.upstream(),
                        PackagedService.start(service.module(), jar, serviceJvm, environment,
                                target.resolve(service.module() + "-restarted.log"))));
            }
            started.gatewayPort = BenchmarkStack.freePort();
            started.gateway = PackagedService.start("gateway", gatewayJar, serviceJvm, started.gatewayEnvironment(),
                    target.resolve("gateway.log"));
            for (Map.Entry<String, PackagedService> service : started.services.entrySet()) {
                out("%s on port %d: %s", service.getValue().logFile().getFileName(), started.ports.get(service.getKey()),
                        service.getValue().awaitReadyIgnoring(URI.create("http://127.0.0.1:"
                                + started.ports.get(service.getKey()) + "/q/health/ready"), "", Duration.ofMinutes(3)));
            }
            out("gateway on port %d: %s", started.gatewayPort, started.gateway.awaitReadyIgnoring(URI.create(
                    "http://127.0.0.1:" + started.gatewayPort + "/q/health/ready"), "upstreams", Duration.ofMinutes(3)));
            return started;
        } catch (RuntimeException failed) {
            started.close();
            throw failed;
        }
    }

    private Map<String, String> serviceEnvironment(String database, int port, int pool) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        environment.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", stack.postgres().jdbcUrl(database));
        environment.put("QUARKUS_DATASOURCE_USERNAME", PostgresServer.USER);
        environment.put("QUARKUS_DATASOURCE_PASSWORD", PostgresServer.PASSWORD);
        environment.put("QUARKUS_DATASOURCE_JDBC_MAX_SIZE", Integer.toString(pool));
        environment.put("KAFKA_BOOTSTRAP_SERVERS", stack.kafka().bootstrapServers());
        environment.put("QUARKUS_OIDC_AUTH_SERVER_URL", issuer());
        return environment;
    }

    private Map<String, String> gatewayEnvironment() {
        Map<String, String> environment = serviceEnvironment("gateway", gatewayPort, 20);
        int closed = BenchmarkStack.freePort();
        for (String upstream : UPSTREAMS) {
            environment.put("MADOGUCHI_GATEWAY_UPSTREAMS_" + upstream.toUpperCase(java.util.Locale.ROOT) + "_URL",
                    "http://127.0.0.1:" + ports.getOrDefault(upstream, closed));
        }
        environment.put("MADOGUCHI_GATEWAY_RATE_LIMIT_ANONYMOUS_REQUESTS", "1000000000");
        environment.put("MADOGUCHI_GATEWAY_RATE_LIMIT_ANONYMOUS_PER", "1m");
        environment.put("MADOGUCHI_GATEWAY_RATE_LIMIT_SIGNED_IN_REQUESTS", "1000000000");
        environment.put("MADOGUCHI_GATEWAY_RATE_LIMIT_SIGNED_IN_PER", "1m");
        return environment;
    }

    /**
     * Stops the service and starts it again on the same port and database (its log then goes to
     * {@code <module>-restarted.log}); returns once it is ready again, with how long that took.
     */
    double restart(String upstream, Duration timeout) {
        services.get(upstream).close();
        long starting = System.nanoTime();
        restarts.get(upstream).run();
        out("%s restarted: %s", upstream, services.get(upstream).awaitReadyIgnoring(URI.create(directBase(upstream)
                + "/q/health/ready"), "", timeout));
        return (System.nanoTime() - starting) / 1e9;
    }

    String issuer() {
        return keycloak.issuer(REALM);
    }

    double keycloakSeconds() {
        return keycloakSeconds;
    }

    BenchmarkStack stack() {
        return stack;
    }

    PackagedService service(String upstream) {
        return services.get(upstream);
    }

    String directBase(String upstream) {
        return "http://127.0.0.1:" + ports.get(upstream);
    }

    String gatewayBase() {
        return "http://127.0.0.1:" + gatewayPort;
    }

    PackagedService gateway() {
        return gateway;
    }

    /** Where the CPU of the service (and, through the gateway, of the gateway) goes. */
    CpuMeter meter(String upstream) {
        return new CpuMeter(services.get(upstream).pid(), stack.postmaster());
    }

    CpuMeter gatewayMeter() {
        return new CpuMeter(gateway.pid(), stack.postmaster());
    }

    /** The Keycloak process tree (idle while requests run: each service checks tokens against keys it fetched). */
    String keycloakBaseUrl() {
        return keycloak.baseUrl();
    }

    @Override
    public void close() {
        if (gateway != null) {
            gateway.close();
        }
        services.values().forEach(PackagedService::close);
        keycloak.close();
        stack.close();
    }
}
