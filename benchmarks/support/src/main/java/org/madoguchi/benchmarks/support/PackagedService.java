package org.madoguchi.benchmarks.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A service as it is shipped, {@code <module>/target/quarkus-app/quarkus-run.jar}, run in a JVM of its own (as the
 * devstack runs it), configured only through environment variables, its output in a log file. Stopped with its
 * process tree on {@link #close()} or when the benchmark's JVM exits.
 */
public final class PackagedService implements AutoCloseable {

    private static final Duration STOP_GRACE_PERIOD = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final Process process;
    private final Path logFile;
    private final Thread shutdownHook;

    private PackagedService(String name, Process process, Path logFile) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
        this.shutdownHook = new Thread(this::stop, name + "-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** The runner of a module of the working copy, or a clear failure when {@code ./mvnw install} has not built it. */
    public static Path runnerOf(Path home, String module) {
        Path jar = home.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(module + " is not packaged (" + jar + "): run ./mvnw install first");
        }
        return jar;
    }

    /**
     * Starts {@code java <jvmOptions> -jar <jar>} with the environment given on top of this JVM's.
     *
     * @param jvmOptions e.g. {@code -Xmx512m}, split on spaces
     */
    public static PackagedService start(String name, Path jar, String jvmOptions, Map<String, String> environment,
            Path logFile) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String option : jvmOptions.trim().split("\\s+")) {
            if (!option.isEmpty()) {
                command.add(option);
            }
        }
        command.add("-Dfile.encoding=UTF-8");
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(logFile.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().putAll(environment);
        try {
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            return new PackagedService(name, builder.start(), logFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    /**
     * Waits until every readiness check of {@code /q/health/ready} but the one named {@code ignored} is UP, e.g. the
     * OIDC provider check of a run without Keycloak, which reports a disabled tenant as DOWN. Returns each check's
     * name and status as the service last reported them.
     */
    public String awaitReadyIgnoring(URI healthReady, String ignored, Duration timeout) {
        return awaitReadyIgnoring(healthReady, ignored, timeout, Duration.ofMillis(500));
    }

    /**
     * As {@link #awaitReadyIgnoring(URI, String, Duration)}, asking every {@code pollEvery}: a short interval for a
     * benchmark that measures how long the start takes.
     */
    public String awaitReadyIgnoring(URI healthReady, String ignored, Duration timeout, Duration pollEvery) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(healthReady).timeout(Duration.ofSeconds(5)).GET().build();
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "(no answer)";
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with code " + process.exitValue()
                        + " before it was ready. Log " + logFile + ":\n" + logTail(60));
            }
            try {
                String body = client.send(request, HttpResponse.BodyHandlers.ofString()).body();
                JsonNode checks = JSON.readTree(body).path("checks");
                List<String> statuses = new ArrayList<>();
                boolean ready = checks.size() > 0;
                for (JsonNode check : checks) {
                    String checkName = check.path("name").asText();
                    String status = check.path("status").asText();
                    statuses.add(checkName + " " + status + (check.has("data") ? " " + check.get("data") : ""));
                    ready &= checkName.equals(ignored) || "UP".equals(status);
                }
                last = String.join("; ", statuses);
                if (ready) {
                    return last;
                }
            } catch (IOException notListeningYet) {
                // keep polling
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + name, e);
            }
            if (System.nanoTime() - deadline >= 0) {
                throw new IllegalStateException(name + " not ready at " + healthReady + " within " + timeout
                        + " (" + last + "). Log " + logFile + ":\n" + logTail(60));
            }
            sleep(pollEvery);
        }
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Path logFile() {
        return logFile;
    }

    /** How many lines of the log contain the text, e.g. {@code ERROR}. */
    public long logLinesContaining(String text) {
        try (var lines = Files.lines(logFile, StandardCharsets.UTF_8)) {
            return lines.filter(line -> line.contains(text)).count();
        } catch (IOException | UncheckedIOException e) {
            return -1;
        }
    }

    /** The first line of the log that contains the text, cut to {@code max} characters; empty if none. */
    public String firstLogLineContaining(String text, int max) {
        try (var lines = Files.lines(logFile, StandardCharsets.UTF_8)) {
            return lines.filter(line -> line.contains(text)).findFirst()
                    .map(line -> line.length() > max ? line.substring(0, max) + " …" : line).orElse("");
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
    }

    /** The last lines of the log. */
    public String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(cannot read " + logFile + ": " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
    }

    /** SIGTERM to the process and its descendants, a forced kill after the grace period. */
    private void stop() {
        List<ProcessHandle> tree = new ArrayList<>();
        tree.add(process.toHandle());
        process.descendants().forEach(tree::add);
        tree.forEach(ProcessHandle::destroy);
        try {
            process.waitFor(STOP_GRACE_PERIOD.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
