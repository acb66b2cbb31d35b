package org.madoguchi.devstack;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A real single-node Apache Kafka broker in KRaft mode (broker and controller in one), running as a child process:
 * a JVM of the same Java on this JVM's class path, which holds the Kafka server ({@link KafkaBrokerProcess}, then
 * Kafka's own {@code kafka.Kafka}). Being a process of its own, it can be stopped cleanly ({@link #stop()}) or killed
 * as when its machine dies ({@link #kill()}), and it stops when this JVM exits, or dies. It keeps its ports and log
 * directory across a stop or kill and the next {@link #start}, so a restart finds the same topics and records.
 * Its output goes to {@code broker.log} in the log directory unless {@link #logFile(Path)} names another file.
 */
public final class KafkaBroker implements RestartableBroker {

    private static final String HOST = KafkaSettings.HOST;
    /** A modest heap and the serial collector: one broker of a local stack or a test run, on a small machine. */
    private static final List<String> JVM_OPTIONS = List.of("-Xms64m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8");
    private static final Duration POLL_INTERVAL = Duration.ofMillis(100);

    private final Path logDirectory;
    private final int port;
    private final int controllerPort;
    private Path logFile;
    private ChildProcess process;

    /**
     * @param logDirectory   kept across restarts; formatted on first use
     * @param port           client port, 0 for a free one
     * @param controllerPort KRaft controller port, 0 for a free one
     */
    public KafkaBroker(Path logDirectory, int port, int controllerPort) {
        this.logDirectory = logDirectory.toAbsolutePath().normalize();
        this.port = port == 0 ? KafkaSettings.freePort() : port;
        this.controllerPort = controllerPort == 0 ? KafkaSettings.freePort() : controllerPort;
        this.logFile = this.logDirectory.resolve("broker.log");
    }

    /** Appends the broker's output to {@code file} from the next {@link #start} on. */
    public synchronized KafkaBroker logFile(Path file) {
        this.logFile = Objects.requireNonNull(file, "file").toAbsolutePath().normalize();
        return this;
    }

    /**
     * Starts the broker process (formatting the storage on first use) and waits until it serves clients; does
     * nothing if it is running.
     *
     * @throws IllegalStateException if a port is taken, or the broker exits or is not ready in time (the message
     *                               then ends with the last lines of its log)
     */
    @Override
    public synchronized void start(Duration timeout) {
        if (isRunning()) {
            return;
        }
        ChildProcess.requirePortFree(port, "Kafka");
        ChildProcess.requirePortFree(controllerPort, "Kafka controller");
        ProcessBuilder command;
        try {
            Files.createDirectories(logDirectory);
            command = command(writeSettings(), writeClassPath());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the Kafka broker in " + logDirectory, e);
        }
        process = ChildProcess.start("Kafka", command, logFile);
        try {
            awaitReady(timeout);
        } catch (RuntimeException e) {
            process.close();
            process = null;
            throw e;
        }
    }

    /** Stops the broker cleanly (SIGTERM, killed after a grace period); its log directory and ports stay for a later {@link #start}. */
    @Override
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.close();
        process = null;
    }

    /**
     * Kills the broker at once (SIGKILL: no controlled shutdown, nothing flushed or handed over), as when its machine
     * dies; a later {@link #start} recovers its log directory on the same ports.
     *
     * @return the process's exit status, 137 (128 + SIGKILL) on Linux
     * @throws IllegalStateException if it is not running
     */
    public synchronized int kill() {
        if (process == null) {
            throw new IllegalStateException("the Kafka broker is not running");
        }
        int status = process.kill();
        process = null;
        return status;
    }

    /** Stops the broker cleanly and starts it again on the same ports and log directory. */
    public synchronized void restart(Duration timeout) {
        stop();
        start(timeout);
    }

    @Override
    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    @Override
    public String bootstrapServers() {
        return HOST + ":" + port;
    }

    public int port() {
        return port;
    }

    /** The file the broker's output is appended to. */
    public synchronized Path logFile() {
        return logFile;
    }

    /** Creates the topics that do not exist yet, each with its {@code Topics.settings}. */
    @Override
    public void createTopics(Collection<String> topics, int partitions) {
        TopicAdmin.create(bootstrapServers(), topics, partitions);
    }

    @Override
    public void close() {
        stop();
    }

    /**
     * Waits until the client port accepts connections (a plain socket: an admin client asked too early retries
     * in a tight loop, logging each attempt), then until the broker names itself in the cluster's metadata.
     */
    private void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (!accepting()) {
                checkAlive(timeout, deadline);
                Thread.sleep(POLL_INTERVAL.toMillis());
            }
            TopicAdmin.awaitListed(bootstrapServers(), () -> checkAlive(timeout, deadline));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Kafka", e);
        }
    }

    private boolean accepting() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, port), (int) POLL_INTERVAL.toMillis());
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    private void checkAlive(Duration timeout, long deadline) {
        if (!process.isAlive()) {
            throw new IllegalStateException("the Kafka broker exited before becoming ready. Log " + logFile
                    + ":\n" + process.logTail());
        }
        if (System.nanoTime() - deadline >= 0) {
            throw new IllegalStateException("the Kafka broker is not ready after " + timeout + ". Log "
                    + logFile + ":\n" + process.logTail());
        }
    }

    private ProcessBuilder command(Path settings, Path classPath) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        // the class path in an argument file: a test JVM's may be longer than one command-line argument may be
        command.add("@" + classPath);
        command.add(KafkaBrokerProcess.class.getName());
        command.add(settings.toString());
        ProcessBuilder builder = new ProcessBuilder(command).directory(logDirectory.toFile());
        // Kafka's scripts read these; nothing of the caller's own settings leaks into the broker's JVM
        builder.environment().keySet().removeIf(key -> key.startsWith("KAFKA_") || key.equals("JAVA_TOOL_OPTIONS"));
        return builder;
    }

    /** This JVM's class path (which holds the Kafka server) as a {@code java} argument file. */
    private Path writeClassPath() throws IOException {
        String classPath = System.getProperty("java.class.path");
        Path file = logDirectory.resolve("broker.classpath");
        Files.writeString(file, "-cp \"" + classPath.replace("\\", "\\\\").replace("\"", "\\\"") + "\"\n",
                StandardCharsets.UTF_8);
        return file;
    }

    private Path writeSettings() throws IOException {
        Path file = logDirectory.resolve("broker.properties");
        try (OutputStream out = Files.newOutputStream(file)) {
            KafkaSettings.of(logDirectory, port, controllerPort).store(out, "written by " + KafkaBroker.class.getName() + " at each start");
        }
        return file;
    }

}
