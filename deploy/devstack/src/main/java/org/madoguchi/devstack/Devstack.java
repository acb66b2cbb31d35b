package org.madoguchi.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.madoguchi.contracts.Topics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.IntPredicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Starts the whole suite on loopback without Docker: PostgreSQL (one database per service),
 * a Kafka broker with the suite's topics, Keycloak with the {@code madoguchi} realm, then each
 * packaged service; prints what runs where and stops everything on Ctrl-C. Data stays in
 * {@code .devstack/} of the working copy, so a restart finds it again.
 *
 * <p>Once every service is ready, the living sample city ({@link SampleCity}) is loaded through the gateway on the
 * first start; {@code .devstack/samples-loaded} remembers that it was, so later starts skip it.
 *
 * <p>Options: {@code --without=<module>[,<module>…]} leaves services out (to run one of them
 * with {@code quarkus:dev} instead; the sample city then waits for a start with every service);
 * {@code --no-samples} does not load the sample city; {@code --instances=<module>=<n>[,…]} starts {@code n}
 * instances of a service (at most {@value #MAX_INSTANCES}), the further ones on the next free ports after the
 * services' own, with the same database, broker and consumer groups (the gateway calls the first).
 *
 * <p>{@code -Dmadoguchi.stack=containers} runs PostgreSQL, Kafka, Keycloak and GreenMail as containers of the same
 * versions where a Docker engine runs ({@link ContainerParts}; their data goes with them); the embedded parts are the
 * default.
 */
public final class Devstack {

    static final int POSTGRES_PORT = 15432;
    static final int KAFKA_PORT = 19092;
    static final int KAFKA_CONTROLLER_PORT = 19093;
    static final int KEYCLOAK_PORT = 18080;
    static final int KEYCLOAK_MANAGEMENT_PORT = 19000;
    static final String REALM = "madoguchi";
    static final int SMTP_PORT = 13025;
    static final int IMAP_PORT = 13143;
    static final int MAIL_API_PORT = 18025;
    /** Partitions of every topic, as in the Kubernetes base: room for two instances of three consumers each. */
    static final int PARTITIONS = 6;
    static final int MAX_INSTANCES = 4;

    /** The services in start order, each with its HTTP port and, if it has one, its own database. */
    static final List<ServiceSpec> SERVICES = List.of(
            new ServiceSpec("procedures-service", 8081, "procedures"),
            new ServiceSpec("applications-service", 8082, "applications"),
            new ServiceSpec("device-lending-service", 8083, "lending"),
            new ServiceSpec("notification-service", 8084, "notification"),
            new ServiceSpec("gateway", 8080, "gateway"));

    /** The front door, through which the sample city is loaded. */
    static final ServiceSpec GATEWAY = SERVICES.stream().filter(s -> s.module().equals("gateway")).findFirst()
            .orElseThrow();

    /** Strong references, so that java.util.logging keeps the levels set here. */
    private static final List<Logger> QUIETED = new ArrayList<>();

    record ServiceSpec(String module, int port, String database) {
        String url() {
            return "http://localhost:" + port;
        }
    }

    /** One more instance of a service: {@code number} 2 and up, on its own port. */
    record ExtraInstance(ServiceSpec service, int number, int port) {
        String name() {
            return service.module() + "-" + number;
        }

        String url() {
            return "http://localhost:" + port;
        }
    }

    private final Path home;
    private final Path state;
    private final Path logs;
    private final Path keycloakZip;
    private final Path greenMailJar;
    private final Set<String> without;
    private final boolean samples;
    private final Map<String, Integer> instances;
    private final StackKind kind;
    private final List<AutoCloseable> running = new ArrayList<>();

    Devstack(Path home, Path keycloakZip, Path greenMailJar, Set<String> without, boolean samples,
             Map<String, Integer> instances, StackKind kind) {
        this.home = home;
        this.state = home.resolve(".devstack");
        this.logs = state.resolve("logs");
        this.keycloakZip = keycloakZip;
        this.greenMailJar = greenMailJar;
        this.without = without;
        this.samples = samples;
        this.instances = instances;
        this.kind = kind;
    }

    public static void main(String[] args) throws InterruptedException {
        quietLoggers();
        Path home = Path.of(System.getProperty("madoguchi.home", ".")).toAbsolutePath().normalize();
        Path zip = Path.of(System.getProperty("madoguchi.keycloak.zip",
                home.resolve("deploy/devstack/target/keycloak/keycloak-quarkus-dist-26.5.6.zip").toString()));
        Path greenMail = Path.of(System.getProperty("madoguchi.greenmail.jar",
                home.resolve("deploy/devstack/target/greenmail/greenmail-standalone-2.1.5.jar").toString()));
        Set<String> without = Arrays.stream(args)
                .filter(a -> a.startsWith("--without="))
                .flatMap(a -> Arrays.stream(a.substring("--without=".length()).split(",")))
                .map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
        boolean samples = Arrays.stream(args).noneMatch("--no-samples"::equals);
        Map<String, Integer> instances;
        StackKind kind;
        try {
            instances = instances(args, without);
            kind = StackKind.selected();
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Devstack stack = new Devstack(home, zip, greenMail, without, samples, instances, kind);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping Madoguchi …");
            stack.stop();
            stopped.countDown();
        }, "devstack-stop"));
        try {
            stack.start();
        } catch (RuntimeException e) {
            System.err.println("Madoguchi did not start: " + e.getMessage());
            System.exit(1);
        }
        stopped.await();
    }

    /**
     * The instances asked for with {@code --instances=<module>=<n>[,<module>=<n>…]} (the option may be repeated):
     * module → number of instances, only those above one. Refuses an unknown module, a module left out with
     * {@code --without}, and a number that is not 1 to {@value #MAX_INSTANCES}.
     */
    static Map<String, Integer> instances(String[] args, Set<String> without) {
        Set<String> modules = SERVICES.stream().map(ServiceSpec::module).collect(Collectors.toSet());
        Map<String, Integer> instances = new LinkedHashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--instances=")) {
                continue;
            }
            for (String item : arg.substring("--instances=".length()).split(",")) {
                String[] parts = item.strip().split("=", -1);
                if (parts.length != 2 || !modules.contains(parts[0].strip())) {
                    throw new IllegalArgumentException("--instances takes <module>=<n>[,…] with a module of "
                            + SERVICES.stream().map(ServiceSpec::module).collect(Collectors.joining(", "))
                            + ", not '" + item + "'");
                }
                String module = parts[0].strip();
                int count;
                try {
                    count = Integer.parseInt(parts[1].strip());
                } catch (NumberFormatException e) {
                    count = 0;
                }
                if (count < 1 || count > MAX_INSTANCES) {
                    throw new IllegalArgumentException("--instances: " + module + " takes 1 to " + MAX_INSTANCES
                            + " instances, not '" + parts[1] + "'");
                }
                if (without.contains(module) && count > 1) {
                    throw new IllegalArgumentException("--instances: " + module + " is left out with --without");
                }
                if (count > 1) {
                    instances.put(module, count);
                } else {
                    instances.remove(module);
                }
            }
        }
        return instances;
    }

    /**
     * The further instances, in the order of {@link #SERVICES}, each on the next port after the services' own that
     * {@code free} says is free and no earlier instance took.
     */
    static List<ExtraInstance> extraInstances(Map<String, Integer> instances, IntPredicate free) {
        int port = SERVICES.stream().mapToInt(ServiceSpec::port).max().orElseThrow();
        List<ExtraInstance> extra = new ArrayList<>();
        for (ServiceSpec service : SERVICES) {
            for (int number = 2; number <= instances.getOrDefault(service.module(), 1); number++) {
                do {
                    port++;
                } while (!free.test(port));
                extra.add(new ExtraInstance(service, number, port));
            }
        }
        return extra;
    }

    void start() {
        long began = System.nanoTime();
        requireBuilt();
        Parts parts = kind == StackKind.CONTAINERS ? startContainers() : startEmbedded();
        Database db = parts.db();
        List<ServiceSpec> services = SERVICES.stream().filter(s -> !without.contains(s.module())).toList();
        System.out.println("Starting " + services.stream().map(ServiceSpec::module).collect(Collectors.joining(", ")) + " …");
        services.stream().map(ServiceSpec::database).filter(d -> d != null).forEach(db::createDatabaseIfMissing);
        List<ExtraInstance> extra = extraInstances(instances, Devstack::isFree);
        Map<String, CompletableFuture<ChildProcess>> starting = new LinkedHashMap<>();
        for (ServiceSpec service : services) {
            starting.put(service.module(), CompletableFuture.supplyAsync(() ->
                    startService(service, service.module(), service.port(), parts)));
        }
        for (ExtraInstance instance : extra) {
            starting.put(instance.name(), CompletableFuture.supplyAsync(() ->
                    startService(instance.service(), instance.name(), instance.port(), parts)));
        }
        CompletableFuture.allOf(starting.values().toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        starting.values().forEach(f -> remember(f.join()));
        Duration took = Duration.ofNanos(System.nanoTime() - began);

        List<String> sampleCity = loadSampleCity(parts.idp());
        printSummary(services, extra, parts, took, sampleCity);
    }

    /** The parts the services need, whichever {@link StackKind} runs them. */
    record Parts(Database db, Broker broker, IdentityProvider idp, MailRelay mail) {
    }

    /** PostgreSQL, Kafka, Keycloak and GreenMail as processes of this machine, data kept in {@code .devstack/}. */
    private Parts startEmbedded() {
        System.out.println("Starting PostgreSQL, Kafka, Keycloak and the SMTP server … (logs in " + home.relativize(logs) + "/)");
        CompletableFuture<PostgresServer> postgres = CompletableFuture.supplyAsync(this::startPostgres);
        CompletableFuture<KafkaBroker> kafka = CompletableFuture.supplyAsync(this::startKafka);
        CompletableFuture<KeycloakServer> keycloak = postgres.thenApplyAsync(this::startKeycloak);
        CompletableFuture<GreenMailProcess> mail = CompletableFuture.supplyAsync(this::startMail);
        CompletableFuture.allOf(postgres, kafka, keycloak, mail).exceptionally(e -> null).join();
        return new Parts(remember(postgres.join()), remember(kafka.join()), remember(keycloak.join()),
                remember(mail.join()));
    }

    /**
     * The same parts as containers of the same versions ({@code -Dmadoguchi.stack=containers}, needs a Docker
     * engine); their data goes with the containers when the stack stops.
     */
    private Parts startContainers() {
        ContainerParts containers = ContainerParts.requireEngine();
        ContainerImages images = containers.images();
        System.out.println("Starting the parts as containers: " + String.join(", ", images.postgres(), images.kafka(),
                images.keycloak(), images.greenMail()) + " …");
        CompletableFuture<Database> postgres = CompletableFuture.supplyAsync(() -> containers.postgres(true));
        CompletableFuture<Broker> kafka = CompletableFuture.supplyAsync(() -> {
            Broker broker = containers.kafka();
            broker.createTopics(Topics.all(), PARTITIONS);
            return broker;
        });
        CompletableFuture<IdentityProvider> keycloak = CompletableFuture.supplyAsync(() ->
                containers.keycloak(home.resolve(RealmFile.DEVELOPMENT)));
        CompletableFuture<MailRelay> mail = CompletableFuture.supplyAsync(containers::greenMail);
        CompletableFuture.allOf(postgres, kafka, keycloak, mail).exceptionally(e -> null).join();
        return new Parts(remember(postgres.join()), remember(kafka.join()), remember(keycloak.join()),
                remember(mail.join()));
    }

    /**
     * The sample city: loaded through the gateway unless {@code --no-samples}, a service is left out, or the marker
     * says it was loaded before. A failed load is reported loudly and leaves no marker, so the next start completes
     * it; the stack keeps running.
     */
    private List<String> loadSampleCity(IdentityProvider idp) {
        // containers keep no data across starts, so their sample city is loaded on every start
        Path marker = state.resolve(kind == StackKind.CONTAINERS ? "samples-loaded-in-containers" : "samples-loaded");
        if (kind == StackKind.CONTAINERS) {
            try {
                Files.deleteIfExists(marker);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (!samples) {
            return List.of("not loaded (--no-samples)");
        }
        if (!without.isEmpty()) {
            return List.of("not loaded: it needs every service, and " + String.join(", ", without)
                    + " runs outside the stack; a start with every service loads it");
        }
        boolean loadedBefore = Files.isRegularFile(marker);
        if (!loadedBefore) {
            System.out.println("Loading the sample city through the gateway (" + GATEWAY.url() + ") …");
        }
        long began = System.nanoTime();
        try {
            SampleCity.Outcome outcome = SampleCity.of(URI.create(GATEWAY.url()),
                    URI.create(idp.issuer(REALM) + "/protocol/openid-connect/token")).loadOnce(marker);
            List<String> lines = new ArrayList<>();
            lines.add(outcome.loadedNow()
                    ? "loaded now through the gateway in " + Duration.ofNanos(System.nanoTime() - began).toSeconds() + " s:"
                    : "loaded on an earlier start (" + home.relativize(marker) + "; ./madoguchi reset starts afresh):");
            lines.addAll(outcome.lines());
            return lines;
        } catch (RuntimeException e) {
            // a SampleCityFailure names the call and the problem the service answered; anything else is a bug here
            String why = e instanceof SampleCityFailure ? e.getMessage() : e.toString();
            System.err.println("\n*** The sample city could not be loaded: " + why
                    + "\n*** The stack runs without it; the next ./madoguchi up completes it"
                    + " (or ./madoguchi up --no-samples leaves it out).\n");
            return List.of("NOT LOADED: " + why);
        }
    }

    private PostgresServer startPostgres() {
        return PostgresServer.durable(state.resolve("postgres"), POSTGRES_PORT, logs.resolve("postgres.log"));
    }

    private KafkaBroker startKafka() {
        KafkaBroker broker = new KafkaBroker(state.resolve("kafka"), KAFKA_PORT, KAFKA_CONTROLLER_PORT)
                .logFile(logs.resolve("kafka.log"));
        broker.start(Duration.ofSeconds(90));
        broker.createTopics(Topics.all(), PARTITIONS);
        return broker;
    }

    private KeycloakServer startKeycloak(PostgresServer db) {
        db.createDatabaseIfMissing("keycloak");
        KeycloakServer server = new KeycloakServer(keycloakZip, state.resolve("keycloak-install"),
                state.resolve("keycloak"), db.jdbcUrl("keycloak"), PostgresServer.USER, PostgresServer.PASSWORD,
                KEYCLOAK_PORT, KEYCLOAK_MANAGEMENT_PORT,
                home.resolve("deploy/keycloak/madoguchi-realm.json"), logs.resolve("keycloak.log"));
        server.start(Duration.ofSeconds(180));
        return server;
    }

    /**
     * GreenMail as a real SMTP server for notification-service, with IMAP and its REST API to read what it
     * received; any password works and a recipient's mailbox is made when mail first arrives.
     */
    private GreenMailProcess startMail() {
        ChildProcess.requirePortFree(SMTP_PORT, "SMTP");
        ChildProcess.requirePortFree(IMAP_PORT, "IMAP");
        ChildProcess.requirePortFree(MAIL_API_PORT, "mail API");
        ProcessBuilder command = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m", "-XX:+UseSerialGC",
                "-Dgreenmail.smtp.hostname=127.0.0.1", "-Dgreenmail.smtp.port=" + SMTP_PORT,
                "-Dgreenmail.imap.hostname=127.0.0.1", "-Dgreenmail.imap.port=" + IMAP_PORT,
                "-Dgreenmail.api.hostname=127.0.0.1", "-Dgreenmail.api.port=" + MAIL_API_PORT,
                "-Dgreenmail.auth.disabled", "-jar", greenMailJar.toString()).directory(home.toFile());
        ChildProcess process = ChildProcess.start("greenmail", command, logs.resolve("greenmail.log"));
        process.awaitHttpOk(URI.create("http://127.0.0.1:" + MAIL_API_PORT + "/api/service/readiness"), Duration.ofSeconds(60));
        return new GreenMailProcess(process, SMTP_PORT, IMAP_PORT, MAIL_API_PORT);
    }

    private ChildProcess startService(ServiceSpec service, String name, int port, Parts parts) {
        ChildProcess.requirePortFree(port, name);
        Path jar = jar(service);
        ProcessBuilder command = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8",
                "-jar", jar.toString()).directory(home.toFile());
        command.environment().putAll(ServiceEnvironment.of(port, service.database(), parts.db(), parts.broker(),
                parts.idp(), REALM, parts.mail()));
        ChildProcess process = ChildProcess.start(name, command, logs.resolve(name + ".log"));
        process.awaitHttpOk(URI.create("http://127.0.0.1:" + port + "/q/health/ready"), Duration.ofSeconds(120));
        return process;
    }

    private void requireBuilt() {
        if (!Files.isRegularFile(greenMailJar)) {
            throw new IllegalStateException("GreenMail not found at " + greenMailJar
                    + ": start the stack with ./madoguchi up, which resolves it through Maven");
        }
        if (!Files.isRegularFile(keycloakZip)) {
            throw new IllegalStateException("Keycloak distribution not found at " + keycloakZip
                    + ": start the stack with ./madoguchi up, which resolves it through Maven");
        }
        for (ServiceSpec service : SERVICES) {
            if (!without.contains(service.module()) && !Files.isRegularFile(jar(service))) {
                throw new IllegalStateException(service.module() + " is not packaged (" + jar(service)
                        + "): start the stack with ./madoguchi up, which builds it");
            }
        }
    }

    private Path jar(ServiceSpec service) {
        return home.resolve(service.module()).resolve("target/quarkus-app/quarkus-run.jar");
    }

    private static boolean isFree(int port) {
        try {
            ChildProcess.requirePortFree(port, "instance");
            return true;
        } catch (IllegalStateException inUse) {
            return false;
        }
    }

    private <T extends AutoCloseable> T remember(T part) {
        synchronized (running) {
            running.add(part);
        }
        return part;
    }

    /** Stops what runs, services first, the parts they use last. */
    void stop() {
        List<AutoCloseable> parts;
        synchronized (running) {
            parts = new ArrayList<>(running);
            running.clear();
        }
        for (int i = parts.size() - 1; i >= 0; i--) {
            try {
                parts.get(i).close();
            } catch (Exception e) {
                System.err.println("while stopping: " + e.getMessage());
            }
        }
    }

    private void printSummary(List<ServiceSpec> services, List<ExtraInstance> extra, Parts parts, Duration took,
                              List<String> sampleCity) {
        IdentityProvider idp = parts.idp();
        String issuer = idp.issuer(REALM);
        String keycloak = issuer.substring(0, issuer.length() - ("/realms/" + REALM).length());
        StringBuilder out = new StringBuilder();
        out.append("\nMadoguchi is running (started in ").append(took.toSeconds()).append(" s, ")
                .append(kind == StackKind.CONTAINERS ? "parts in containers" : "embedded parts")
                .append("). Ctrl-C stops everything.\n\n");
        for (ServiceSpec service : services) {
            out.append(String.format("  %-24s %-24s ready: %s/q/health/ready  API: %s/q/openapi%n",
                    service.module(), service.url(), service.url(), service.url()));
        }
        for (ExtraInstance instance : extra) {
            out.append(String.format("  %-24s %-24s ready: %s/q/health/ready  (instance %d of %s: the same database"
                            + " and consumer groups; the gateway calls the first)%n", instance.name(), instance.url(),
                    instance.url(), instance.number(), instance.service().module()));
        }
        out.append(String.format("  %-24s %-24s realm %s, issuer %s, admin console %s/admin (%s / %s)%n",
                "Keycloak", keycloak, REALM, issuer, keycloak,
                KeycloakServer.BOOTSTRAP_ADMIN_USERNAME, KeycloakServer.BOOTSTRAP_ADMIN_PASSWORD));
        out.append(String.format("  %-24s %-24s databases %s, user %s%n", "PostgreSQL",
                parts.db().jdbcUrl("<database>"), services.stream().map(ServiceSpec::database).filter(d -> d != null)
                        .collect(Collectors.joining(", ")), parts.db().username()));
        out.append(String.format("  %-24s %-24s topics %s%n", "Kafka", parts.broker().bootstrapServers(),
                String.join(", ", Topics.all())));
        MailRelay mail = parts.mail();
        out.append(String.format("  %-24s %-24s mail notification-service sent: curl %s/api/user/<address>/messages/INBOX/"
                        + " (API and UI %s/)%s%n", "GreenMail (SMTP)", mail.smtpHost() + ":" + mail.smtpPort(),
                mail.apiUrl(), mail.apiUrl(), mail instanceof GreenMailProcess local
                        ? ", or IMAP 127.0.0.1:" + local.imapPort() + " (user: the address, any password)" : ""));
        out.append("\n  Sample logins (password: madoguchi, development only):\n");
        sampleUsers().forEach(line -> out.append("    ").append(line).append('\n'));
        out.append("\n  Sample city (every item marked （サンプル）; ./madoguchi up --no-samples leaves it out): ")
                .append(sampleCity.get(0)).append('\n');
        sampleCity.stream().skip(1).forEach(line -> out.append("    ").append(line).append('\n'));
        out.append("\n  A token for a sample user:\n    curl -s -d grant_type=password -d client_id=madoguchi-cli")
                .append(" -d username=staff1 -d password=madoguchi ").append(issuer).append("/protocol/openid-connect/token\n");
        out.append("\n  Logs: ").append(logs).append("/   Data: ").append(state).append("/\n");
        System.out.println(out);
    }

    /** The sample users of the realm file (marked {@code sample=true}) with their roles, department and site. */
    private List<String> sampleUsers() {
        try {
            JsonNode realm = new ObjectMapper().readTree(home.resolve("deploy/keycloak/madoguchi-realm.json").toFile());
            List<String> lines = new ArrayList<>();
            for (JsonNode user : realm.path("users")) {
                if (!RealmFile.isSampleUser(user)) {
                    continue;
                }
                StringBuilder line = new StringBuilder(String.format("%-14s", user.path("username").asText()));
                List<String> roles = new ArrayList<>();
                user.path("realmRoles").forEach(r -> {
                    if (!r.asText().startsWith("default-roles-")) {
                        roles.add(r.asText());
                    }
                });
                line.append(" roles ").append(String.join("+", roles));
                JsonNode attributes = user.path("attributes");
                if (attributes.has("department")) {
                    line.append(", department ").append(attributes.path("department").path(0).asText());
                }
                if (attributes.has("managed_site")) {
                    line.append(", site ").append(attributes.path("managed_site").path(0).asText());
                }
                lines.add(line.toString());
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the realm file", e);
        }
    }

    private static void quietLoggers() {
        for (String name : List.of("kafka", "org.apache.kafka", "state.change.logger", "io.zonky", "org.apache.zookeeper")) {
            Logger logger = Logger.getLogger(name);
            logger.setLevel(Level.WARNING);
            QUIETED.add(logger);
        }
    }
}
