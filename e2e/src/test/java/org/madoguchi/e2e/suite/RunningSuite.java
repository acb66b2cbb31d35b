package org.madoguchi.e2e.suite;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.madoguchi.contracts.Topics;
import org.madoguchi.devstack.ChildProcess;
import org.madoguchi.devstack.KafkaBroker;
import org.madoguchi.devstack.KeycloakServer;
import org.madoguchi.devstack.PostgresServer;

/**
 * The whole suite, started once for every end-to-end test of a run: a throw-away PostgreSQL, a Kafka broker with the
 * suite's topics, GreenMail, the real Keycloak with {@code deploy/keycloak/madoguchi-realm.json} imported, then
 * each packaged service and two gateways (the front door, and a second one with a low rate limit and its own
 * database, for the rate-limit test), each on a free port so that a developer's {@code ./madoguchi up} may keep
 * running. State under {@code e2e/target/e2e-state/} is fresh every run; logs go to {@code e2e/target/logs/}.
 */
public final class RunningSuite implements AutoCloseable {

    public static final String REALM = "madoguchi";
    public static final String PROCEDURES = "procedures-service";
    public static final String APPLICATIONS = "applications-service";
    public static final String LENDING = "device-lending-service";
    public static final String NOTIFICATION = "notification-service";
    public static final String GATEWAY = "gateway";
    public static final String LIMITED_GATEWAY = "gateway-limited";

    /**
     * Partitions of every topic: two instances of a service that reads a topic with three consumers
     * ({@code concurrency=3}) each find partitions to share; with three, the second instance's consumers would idle.
     */
    public static final int PARTITIONS = 6;

    /** The signed-in limit of the second gateway: requests per hour. */
    public static final int LIMITED_REQUESTS = 5;

    /** The signed-in limit of the front door: requests per minute and user, far above what the tests send. */
    static final int FRONT_DOOR_REQUESTS = 1_000_000;

    /**
     * Keycloak on two cores: Keycloak's own heap range (64 MB–512 MB) and the quick compiler only, which starts it
     * (its build step included) faster than the optimising one; the tests send it a few dozen requests.
     */
    static final List<String> KEYCLOAK_JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1");

    private static final Duration KEYCLOAK_READY_WITHIN = Duration.ofMinutes(5);

    private final Path home;
    private final Path state;
    private final Path logs;
    private final List<AutoCloseable> running = new ArrayList<>();
    /** Starting a part mostly waits for it: one thread each, whatever the number of cores. */
    private final ExecutorService starters = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "e2e-start");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, PackagedService> services = new LinkedHashMap<>();
    private final Map<String, Duration> startTimes = new LinkedHashMap<>();
    private PostgresServer postgres;
    private KafkaBroker kafka;
    private KeycloakServer keycloak;
    private MailServer mail;
    private Duration startedIn;
    private long began;

    private RunningSuite(Path home, Path target) {
        this.home = home;
        this.state = target.resolve("e2e-state");
        this.logs = target.resolve("logs");
    }

    /** Starts every part and waits until each is ready; stops what did start if one fails. */
    public static RunningSuite start() {
        Path home = Path.of(System.getProperty("madoguchi.home", "..")).toAbsolutePath().normalize();
        Path target = Path.of(System.getProperty("madoguchi.e2e.target", home.resolve("e2e/target").toString()))
                .toAbsolutePath().normalize();
        RunningSuite suite = new RunningSuite(home, target);
        try {
            suite.startAll(target);
            return suite;
        } catch (RuntimeException e) {
            suite.close();
            throw e;
        }
    }

    private void startAll(Path target) {
        began = System.nanoTime();
        deleteRecursively(state);
        deleteRecursively(logs);
        createDirectories(logs);
        logThisJvm(logs.resolve("test-jvm.log"));
        Path keycloakZip = requiredFile("madoguchi.keycloak.zip");
        Path greenMailJar = requiredFile("madoguchi.greenmail.jar");

        CompletableFuture<PostgresServer> db = timed("PostgreSQL", () -> remember(
                PostgresServer.ephemeral(state.resolve("postgres"), logs.resolve("postgres.log"))));
        CompletableFuture<KafkaBroker> broker = timed("Kafka", () -> {
            KafkaBroker started = remember(new KafkaBroker(state.resolve("kafka"), 0, 0)
                    .logFile(logs.resolve("kafka.log")));
            started.start(Duration.ofSeconds(90));
            started.createTopics(Topics.all(), PARTITIONS);
            return started;
        });
        CompletableFuture<MailServer> smtp = timed("GreenMail",
                () -> remember(MailServer.start(greenMailJar, home, logs.resolve("greenmail.log"))));
        CompletableFuture<KeycloakServer> idp = db.thenCompose(server -> timed("Keycloak", () -> {
            server.createDatabaseIfMissing("keycloak");
            KeycloakServer started = remember(new KeycloakServer(keycloakZip, target.resolve("keycloak-install"),
                    state.resolve("keycloak"), server.jdbcUrl("keycloak"), PostgresServer.USER, PostgresServer.PASSWORD,
                    ChildProcess.freePort(), ChildProcess.freePort(), home.resolve("deploy/keycloak/madoguchi-realm.json"),
                    logs.resolve("keycloak.log")).jvmOptions(KEYCLOAK_JVM_OPTIONS));
            started.start(KEYCLOAK_READY_WITHIN);
            return started;
        }));
        joinAll(db, broker, smtp, idp);
        postgres = db.join();
        kafka = broker.join();
        mail = smtp.join();
        keycloak = idp.join();

        defineServices();
        services.values().forEach(this::remember);
        Map<String, CompletableFuture<PackagedService>> starting = new LinkedHashMap<>();
        for (PackagedService service : services.values()) {
            starting.put(service.name(), timed(service.name(), () -> {
                service.start();
                service.awaitReady();
                return service;
            }));
        }
        joinAll(starting.values().toArray(CompletableFuture[]::new));
        startedIn = Duration.ofNanos(System.nanoTime() - began);
        System.out.println(report());
    }

    private void defineServices() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (String name : List.of(PROCEDURES, APPLICATIONS, LENDING, NOTIFICATION, GATEWAY, LIMITED_GATEWAY)) {
            ports.put(name, ChildProcess.freePort());
        }
        String gatewayUrl = "http://localhost:" + ports.get(GATEWAY);
        Map<String, String> upstreams = Map.of(
                "MADOGUCHI_GATEWAY_UPSTREAMS_PROCEDURES_URL", "http://127.0.0.1:" + ports.get(PROCEDURES),
                "MADOGUCHI_GATEWAY_UPSTREAMS_APPLICATIONS_URL", "http://127.0.0.1:" + ports.get(APPLICATIONS),
                "MADOGUCHI_GATEWAY_UPSTREAMS_LENDING_URL", "http://127.0.0.1:" + ports.get(LENDING),
                "MADOGUCHI_GATEWAY_UPSTREAMS_NOTIFICATION_URL", "http://127.0.0.1:" + ports.get(NOTIFICATION),
                // a stopped service's circuit tries it again after two seconds, so the test of its return is quick
                "MADOGUCHI_GATEWAY_UPSTREAMS_LENDING_CIRCUIT_DELAY", "2s");
        define(PROCEDURES, PROCEDURES, ports, "procedures",
                Map.of("MADOGUCHI_PROCEDURES_FORMS_PUBLIC_BASE_URL", gatewayUrl + "/forms/"));
        define(APPLICATIONS, APPLICATIONS, ports, "applications", Map.of());
        define(LENDING, LENDING, ports, "lending", Map.of("MADOGUCHI_LENDING_PUBLIC_BASE_URL", gatewayUrl));
        define(NOTIFICATION, NOTIFICATION, ports, "notification", Map.of(
                "QUARKUS_KEYCLOAK_ADMIN_CLIENT_SERVER_URL", keycloak.baseUrl(),
                "MADOGUCHI_NOTIFICATION_PUBLIC_BASE_URL", gatewayUrl));
        Map<String, String> frontDoor = new HashMap<>(upstreams);
        // the fault tests send thousands of requests a minute per user; the limit itself is tested on the second gateway
        frontDoor.put("MADOGUCHI_GATEWAY_RATE_LIMIT_SIGNED_IN_REQUESTS", Integer.toString(FRONT_DOOR_REQUESTS));
        define(GATEWAY, GATEWAY, ports, "gateway", frontDoor);
        Map<String, String> limited = new HashMap<>(upstreams);
        limited.put("MADOGUCHI_GATEWAY_RATE_LIMIT_SIGNED_IN_REQUESTS", Integer.toString(LIMITED_REQUESTS));
        limited.put("MADOGUCHI_GATEWAY_RATE_LIMIT_SIGNED_IN_PER", "1h");
        define(LIMITED_GATEWAY, GATEWAY, ports, "gateway_limited", limited);
    }

    private void define(String name, String module, Map<String, Integer> ports, String database,
            Map<String, String> more) {
        postgres.createDatabaseIfMissing(database);
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(ports.get(name)));
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", keycloak.issuer(REALM));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(database));
        env.put("QUARKUS_DATASOURCE_USERNAME", PostgresServer.USER);
        env.put("QUARKUS_DATASOURCE_PASSWORD", PostgresServer.PASSWORD);
        env.put("QUARKUS_MAILER_HOST", "127.0.0.1");
        env.put("QUARKUS_MAILER_PORT", Integer.toString(mail.smtpPort()));
        env.putAll(more);
        services.put(name, new PackagedService(name, home.resolve(module).resolve("target/quarkus-app/quarkus-run.jar"),
                ports.get(name), env, home, logs.resolve(name + ".log")));
    }

    /**
     * Starts another instance of a running service ({@code <name>-<number>}: its own free port and log, the same
     * database, broker and Keycloak) with system properties on top of the first one's configuration, and waits until
     * it is ready; the suite stops it at the end unless the test does.
     */
    public PackagedService startAnotherInstance(String name, int number, Map<String, String> systemProperties) {
        String instanceName = name + "-" + number;
        synchronized (services) {
            if (services.containsKey(instanceName) && services.get(instanceName).isRunning()) {
                throw new IllegalStateException(instanceName + " is already running");
            }
        }
        for (int attempt = 1; ; attempt++) {
            PackagedService instance = service(name).anotherInstance(instanceName, ChildProcess.freePort(),
                    logs.resolve(instanceName + ".log"), systemProperties);
            try {
                instance.start();
            } catch (IllegalStateException portTaken) {
                // a free port found by binding to port 0 may be taken by an outgoing connection before the
                // service binds it: another free port then
                if (attempt == 3 || instance.isRunning()) {
                    throw portTaken;
                }
                continue;
            }
            remember(instance);
            synchronized (services) {
                services.put(instanceName, instance);
            }
            instance.awaitReady();
            return instance;
        }
    }

    /** The Kafka broker (a child process), for a test that kills and restarts it. */
    public KafkaBroker kafka() {
        return kafka;
    }

    /** The PostgreSQL server of every database of the suite, Keycloak's too, for a test that restarts it. */
    public PostgresServer postgres() {
        return postgres;
    }

    /** The broker's bootstrap servers, for a test that reads or writes the suite's topics itself. */
    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** A JDBC URL of one of the suite's databases (user and password {@link PostgresServer#USER}/{@code PASSWORD}). */
    public String jdbcUrl(String database) {
        return postgres.jdbcUrl(database);
    }

    /** The front door's base URL. */
    public String gatewayUrl() {
        return service(GATEWAY).url();
    }

    /** The second gateway's base URL: the same services behind it, {@link #LIMITED_REQUESTS} an hour per user. */
    public String limitedGatewayUrl() {
        return service(LIMITED_GATEWAY).url();
    }

    /** Keycloak's realm URL, the issuer of every token, e.g. {@code http://localhost:41234/realms/madoguchi}. */
    public String issuer() {
        return keycloak.issuer(REALM);
    }

    public MailServer mail() {
        return mail;
    }

    public PackagedService service(String name) {
        PackagedService service;
        synchronized (services) {
            service = services.get(name);
        }
        if (service == null) {
            throw new IllegalArgumentException("no such part: " + name);
        }
        return service;
    }

    /** The last lines of the logs of the named parts ({@code keycloak}, a service …), for assertion messages. */
    public String logTails(String... names) {
        StringBuilder out = new StringBuilder();
        for (String name : names) {
            Path file = logs.resolve(name + ".log");
            out.append("\n----- last lines of ").append(file).append(" -----\n").append(tail(file, 60));
        }
        return out.toString();
    }

    /** How long the start took, in total and per part. */
    public String report() {
        return "Madoguchi end-to-end suite started in " + startedIn.toSeconds() + " s ("
                + startTimes.entrySet().stream().map(e -> e.getKey() + " " + e.getValue().toMillis() / 100 / 10.0 + " s")
                        .collect(Collectors.joining(", "))
                + "); gateway " + gatewayUrl() + ", Keycloak " + keycloak.baseUrl() + ", logs in " + logs;
    }

    @Override
    public void close() {
        List<AutoCloseable> parts;
        synchronized (running) {
            parts = new ArrayList<>(running);
            running.clear();
        }
        // the services first, then Keycloak, mail, Kafka and PostgreSQL: the reverse of the start
        parts.sort(Comparator.comparingInt(RunningSuite::stopOrder));
        parts.forEach(RunningSuite::closeQuietly);
        starters.shutdown();
        if (startedIn != null) {
            System.out.println("Madoguchi end-to-end suite: started in " + startedIn.toSeconds() + " s, stopped "
                    + Duration.ofNanos(System.nanoTime() - began).toSeconds() + " s after its start");
        }
    }

    private static int stopOrder(AutoCloseable part) {
        if (part instanceof PackagedService) {
            return 0;
        }
        if (part instanceof KeycloakServer) {
            return 1;
        }
        if (part instanceof MailServer) {
            return 2;
        }
        if (part instanceof KafkaBroker) {
            return 3;
        }
        return 4;
    }

    private static void closeQuietly(AutoCloseable part) {
        try {
            part.close();
        } catch (Exception e) {
            System.err.println("while stopping " + part + ": " + e);
        }
    }

    private <T extends AutoCloseable> T remember(T part) {
        synchronized (running) {
            running.add(part);
        }
        return part;
    }

    private <T> CompletableFuture<T> timed(String part, Supplier<T> start) {
        return CompletableFuture.supplyAsync(() -> {
            long began = System.nanoTime();
            T started = start.get();
            synchronized (startTimes) {
                startTimes.put(part, Duration.ofNanos(System.nanoTime() - began));
            }
            return started;
        }, starters);
    }

    private static void joinAll(CompletableFuture<?>... futures) {
        try {
            CompletableFuture.allOf(futures).join();
        } catch (CompletionException e) {
            // wait for the others too, so that nothing is left starting while the suite stops
            Arrays.stream(futures).forEach(f -> f.exceptionally(ignored -> null).join());
            List<String> failures = Arrays.stream(futures).filter(CompletableFuture::isCompletedExceptionally)
                    .map(f -> {
                        try {
                            f.join();
                            return "";
                        } catch (CompletionException failed) {
                            return String.valueOf(failed.getCause().getMessage());
                        }
                    }).toList();
            throw new IllegalStateException("the end-to-end suite did not start:\n" + String.join("\n\n", failures),
                    e.getCause());
        }
    }

    /** This JVM's own log (the Kafka clients' and PostgreSQL launcher's) into a file of the logs directory. */
    private void logThisJvm(Path file) {
        try {
            FileHandler handler = new FileHandler(file.toString(), true);
            handler.setFormatter(new SimpleFormatter());
            handler.setLevel(Level.INFO);
            Logger.getLogger("").addHandler(handler);
            running.add(() -> {
                Logger.getLogger("").removeHandler(handler);
                handler.close();
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static Path requiredFile(String property) {
        String value = System.getProperty(property);
        if (value == null || !Files.isRegularFile(Path.of(value))) {
            throw new IllegalStateException("system property " + property + " names no file (" + value
                    + "): run the tests through Maven, which resolves Keycloak and GreenMail");
        }
        return Path.of(value);
    }

    private static String tail(Path file, int lines) {
        if (!Files.isRegularFile(file)) {
            return "(no log)";
        }
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            long start = Math.max(0, length - 48 * 1024);
            byte[] bytes = new byte[(int) (length - start)];
            in.seek(start);
            in.readFully(bytes);
            String[] all = new String(bytes, StandardCharsets.UTF_8).split("\r?\n");
            return String.join("\n", Arrays.asList(all).subList(Math.max(0, all.length - lines), all.length));
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e.getMessage() + ")";
        }
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
