package org.madoguchi.devstack;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A part of the local stack that runs as its own process (the Kafka broker, Keycloak, each service): its output
 * appended to a log file, readiness awaited over HTTP, and the whole process tree stopped
 * gracefully on {@link #close()} or when this JVM exits. Public for the end-to-end tests,
 * which start the same parts on free ports.
 */
public final class ChildProcess implements AutoCloseable {

    private static final Duration STOP_GRACE_PERIOD = Duration.ofSeconds(20);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    private static final int LOG_TAIL_LINES = 80;
    private static final int LOG_TAIL_MAX_BYTES = 64 * 1024;

    private final String name;
    private final Path logFile;
    private final long logOffset;
    private final Process process;
    private final Thread shutdownHook;

    private ChildProcess(String name, Path logFile, long logOffset, Process process) {
        this.name = name;
        this.logFile = logFile;
        this.logOffset = logOffset;
        this.process = process;
        this.shutdownHook = new Thread(() -> stopTree(process), name + "-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Starts the command with its stdout and stderr appended to {@code logFile}. */
    public static ChildProcess start(String name, ProcessBuilder builder, Path logFile) {
        try {
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            long offset = Files.exists(logFile) ? Files.size(logFile) : 0L;
            Process process = builder
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            return new ChildProcess(name, logFile, offset, process);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Waits until {@code url} answers 200; stops the process and throws with the tail of its log
     * if it exits first or the timeout passes.
     */
    public void awaitHttpOk(URI url, Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5)).GET().build();
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                if (!process.isAlive()) {
                    int exitCode = process.exitValue();
                    close();
                    throw new IllegalStateException(name + " exited with code " + exitCode
                            + " before becoming ready. Log " + logFile + ":\n" + logTail());
                }
                try {
                    if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return;
                    }
                } catch (IOException notListeningYet) {
                    // keep polling
                }
                if (System.nanoTime() - deadline >= 0) {
                    close();
                    throw new IllegalStateException(name + " not ready at " + url + " within " + timeout
                            + ". Log " + logFile + ":\n" + logTail());
                }
                Thread.sleep(POLL_INTERVAL.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new IllegalStateException("interrupted while waiting for " + name, e);
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    /** Stops the process and its descendants: SIGTERM, then a forced kill after the grace period. */
    @Override
    public void close() {
        stopTree(process);
        if (Thread.currentThread() != shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs anyway
            }
        }
    }

    /**
     * Kills the process and its descendants at once: SIGKILL on Linux ({@link ProcessHandle#destroyForcibly()}), so
     * that none of them runs a shutdown hook or finishes what it was doing, as when a machine dies.
     *
     * @return the exit status, 137 (128 + SIGKILL) on Linux
     */
    public int kill() {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroyForcibly);
        tree.forEach(handle -> handle.onExit().join());
        int status;
        try {
            status = process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while killing " + name, e);
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook finds nothing left to stop
        }
        return status;
    }

    /** Throws unless {@code port} is free on the loopback interface. */
    public static void requirePortFree(int port, String what) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            throw new IllegalStateException(what + " port " + port + " on 127.0.0.1 is already in use", e);
        }
    }

    /** A port that is free on the loopback interface now (for parts started on free ports, such as the tests'). */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on 127.0.0.1", e);
        }
    }

    private static void stopTree(Process p) {
        List<ProcessHandle> tree = new ArrayList<>();
        tree.add(p.toHandle());
        p.descendants().forEach(tree::add);
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + STOP_GRACE_PERIOD.toNanos();
        for (ProcessHandle handle : tree) {
            long remaining = deadline - System.nanoTime();
            if (remaining > 0) {
                try {
                    handle.onExit().get(remaining, TimeUnit.NANOSECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                } catch (Exception timedOut) {
                    // killed below
                }
            }
        }
        // collect again: a launcher script may have started its JVM meanwhile
        p.descendants().forEach(tree::add);
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        try {
            p.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The last lines this process wrote to its log (at most 80 lines, 64 KiB). */
    public String logTail() {
        try (RandomAccessFile file = new RandomAccessFile(logFile.toFile(), "r")) {
            long length = file.length();
            long start = Math.max(Math.min(logOffset, length), length - LOG_TAIL_MAX_BYTES);
            byte[] bytes = new byte[(int) (length - start)];
            file.seek(start);
            file.readFully(bytes);
            String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\r?\n");
            int from = Math.max(0, lines.length - LOG_TAIL_LINES);
            return String.join("\n", Arrays.asList(lines).subList(from, lines.length));
        } catch (IOException e) {
            return "(cannot read " + logFile + ": " + e.getMessage() + ")";
        }
    }
}
