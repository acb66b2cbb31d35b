package org.madoguchi.e2e.suite;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.madoguchi.devstack.ChildProcess;

/**
 * One packaged service ({@code <module>/target/quarkus-app/quarkus-run.jar}) run as a child process on its own port,
 * with its configuration in environment variables, as the devstack runs it; it can be stopped and started again on
 * the same port and database.
 */
public final class PackagedService implements AutoCloseable {

    /** A small heap and the quick compiler only: the tests ask little of each service, and two cores start six. */
    private static final List<String> JVM_OPTIONS = List.of("-Xmx256m", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8");
    private static final Duration READY_WITHIN = Duration.ofSeconds(180);

    private final String name;
    private final Path jar;
    private final int port;
    private final Map<String, String> environment;
    private final Path home;
    private final Path logFile;
    private final List<String> systemProperties;
    private ChildProcess process;

    /**
     * @param name        the name of its log file and of what the reports call it
     * @param jar         its {@code quarkus-run.jar}
     * @param port        its HTTP port on 127.0.0.1
     * @param environment its configuration
     * @param home        the working directory
     * @param logFile     where its output goes (appended across restarts)
     */
    PackagedService(String name, Path jar, int port, Map<String, String> environment, Path home, Path logFile) {
        this(name, jar, port, environment, home, logFile, Map.of());
    }

    private PackagedService(String name, Path jar, int port, Map<String, String> environment, Path home, Path logFile,
            Map<String, String> systemProperties) {
        this.name = Objects.requireNonNull(name, "name");
        this.jar = Objects.requireNonNull(jar, "jar");
        this.port = port;
        this.environment = Map.copyOf(environment);
        this.home = home;
        this.logFile = logFile;
        this.systemProperties = systemProperties.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> "-D" + e.getKey() + "=" + e.getValue()).toList();
    }

    /**
     * Another instance of the same packaged service: the same configuration (database, broker, Keycloak), its own
     * name, port and log, and system properties on top (which win over the environment and the packaged
     * {@code application.properties}).
     */
    PackagedService anotherInstance(String instanceName, int instancePort, Path instanceLog,
            Map<String, String> moreSystemProperties) {
        Map<String, String> env = new HashMap<>(environment);
        env.put("QUARKUS_HTTP_PORT", Integer.toString(instancePort));
        return new PackagedService(instanceName, jar, instancePort, env, home, instanceLog, moreSystemProperties);
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    /** Its base URL, e.g. {@code http://127.0.0.1:41234}. */
    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public Path logFile() {
        return logFile;
    }

    /** Starts the process; {@link #awaitReady()} waits for it. */
    synchronized void start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name + " is already running");
        }
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(name + " is not packaged (" + jar + "): run ./mvnw verify, which packages"
                    + " every service before the end-to-end tests");
        }
        ChildProcess.requirePortFree(port, name);
        ProcessBuilder command = new ProcessBuilder(javaCommand(jar)).directory(home.toFile());
        Map<String, String> env = command.environment();
        // nothing of the caller's own configuration leaks into the service
        env.keySet().removeIf(key -> key.startsWith("QUARKUS_") || key.startsWith("KAFKA_")
                || key.startsWith("MADOGUCHI_") || key.startsWith("JAVA_TOOL_OPTIONS"));
        env.putAll(environment);
        process = ChildProcess.start(name, command, logFile);
    }

    /** Waits until {@code /q/health/ready} answers 200; throws with the tail of its log otherwise. */
    void awaitReady() {
        ChildProcess running;
        synchronized (this) {
            running = process;
        }
        running.awaitHttpOk(URI.create(url() + "/q/health/ready"), READY_WITHIN);
    }

    /** Stops it (SIGTERM, then a kill after a grace period). */
    public synchronized void stop() {
        if (process != null) {
            process.close();
            process = null;
        }
    }

    /**
     * Kills the process at once (SIGKILL, no shutdown hooks): no graceful leave of its consumer group, no last
     * commit, whatever it was doing cut short, as when a machine dies.
     *
     * @return its exit status, 137 (128 + SIGKILL); -1 if it was not running
     */
    public synchronized int kill() {
        if (process == null) {
            return -1;
        }
        int status = process.kill();
        process = null;
        return status;
    }

    /** Starts it again on the same port and database and waits until it is ready. */
    public void restart() {
        stop();
        start();
        awaitReady();
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    @Override
    public void close() {
        stop();
    }

    private List<String> javaCommand(Path jar) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.addAll(systemProperties);
        command.add("-jar");
        command.add(jar.toString());
        return command;
    }
}
