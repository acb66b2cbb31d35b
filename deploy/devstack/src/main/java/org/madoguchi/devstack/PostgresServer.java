package org.madoguchi.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A real PostgreSQL server (the zonky binary bundle), one database per service.
 * The user's stack keeps its data directory and full durability; tests use a throw-away
 * directory with fsync off. A fault test restarts it as an operator would ({@link #shutDown()},
 * then {@link #startAgain(Duration)} on the same data and port).
 */
public final class PostgresServer implements Database {

    public static final String USER = "postgres";
    /** Local trust authentication ignores it; configured so that clients that insist on one have it. */
    public static final String PASSWORD = "postgres";

    private final EmbeddedPostgres postgres;
    /** Where the server's output goes, null for nowhere: a server started again appends to it too. */
    private final Path logFile;
    /** The postmaster's command line while it is shut down for a restart, else null. */
    private List<String> stoppedCommand;
    private Path stoppedDataDirectory;

    private PostgresServer(EmbeddedPostgres postgres, Path logFile) {
        this.postgres = postgres;
        this.logFile = logFile;
    }

    /** Every server's settings: loopback only, C locale, room for the services' pools; durable or tuned for tests. */
    private static EmbeddedPostgres.Builder configured(boolean durable) {
        String flush = durable ? "on" : "off";
        return EmbeddedPostgres.builder()
                .setLocaleConfig("locale", "C")
                .setServerConfig("fsync", flush)
                .setServerConfig("synchronous_commit", flush)
                .setServerConfig("full_page_writes", flush)
                .setServerConfig("max_connections", "300")
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setPGStartupWait(Duration.ofSeconds(60));
    }

    private static EmbeddedPostgres.Builder loggingTo(EmbeddedPostgres.Builder builder, Path logFile) {
        return builder.setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
    }

    /**
     * Starts a durable server on a kept data directory (the user's stack): reuses the data of
     * an earlier run, fsync and synchronous commit stay on.
     */
    public static PostgresServer durable(Path dataDirectory, int port, Path logFile) {
        try {
            Files.createDirectories(dataDirectory);
            Files.createDirectories(logFile.getParent());
            return new PostgresServer(loggingTo(configured(true), logFile)
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .start(), logFile);
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start on port " + port, e);
        }
    }

    /**
     * Starts a throw-away server on a free port in the given directory, tuned for tests (no fsync), its output
     * appended to {@code logFile}; the directory must be empty or absent, and is deleted on close.
     */
    public static PostgresServer ephemeral(Path dataDirectory, Path logFile) {
        try {
            Files.createDirectories(dataDirectory);
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            return new PostgresServer(loggingTo(configured(false), logFile)
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(true)
                    .start(), logFile);
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start in " + dataDirectory, e);
        }
    }

    /** Starts a throw-away server on a free port, tuned for tests (no fsync); its data is deleted on close. */
    public static PostgresServer ephemeral() {
        try {
            return new PostgresServer(configured(false)
                    .setCleanDataDirectory(true)
                    .start(), null);
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start", e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public String username() {
        return USER;
    }

    @Override
    public String password() {
        return PASSWORD;
    }

    @Override
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    @Override
    public boolean createDatabaseIfMissing(String database) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            return DatabaseAdmin.createIfMissing(connection, database);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + database, e);
        }
    }

    /** The value of a server setting, e.g. {@code fsync}. */
    public String setting(String name) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             PreparedStatement show = connection.prepareStatement("select current_setting(?)")) {
            show.setString(1, name);
            try (ResultSet rs = show.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read setting " + name, e);
        }
    }

    /**
     * Shuts the server down as an operator restarting it would (a fast shutdown: every session ended,
     * open transactions rolled back, a clean checkpoint), keeping its data directory and port for
     * {@link #startAgain(Duration)}. Clients meanwhile cannot connect.
     */
    public synchronized void shutDown() {
        if (stoppedCommand != null) {
            return;
        }
        Path dataDirectory = Path.of(setting("data_directory"));
        ProcessHandle postmaster = postmaster(dataDirectory);
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            // as zonky starts it: as root, PostgreSQL runs only in a user namespace of its own
            command.addAll(List.of("unshare", "-U"));
        }
        command.add(postmaster.info().command().orElseThrow(() -> new IllegalStateException(
                "cannot read the command of the PostgreSQL server " + postmaster.pid())));
        command.addAll(List.of(postmaster.info().arguments().orElseThrow(() -> new IllegalStateException(
                "cannot read the arguments of the PostgreSQL server " + postmaster.pid()))));
        // SIGINT is PostgreSQL's fast shutdown (pg_ctl stop -m fast sends it too, but refuses to run as root)
        run(List.of("kill", "-INT", Long.toString(postmaster.pid())));
        postmaster.onExit().join();
        stoppedCommand = command;
        stoppedDataDirectory = dataDirectory;
    }

    /** Starts the server {@link #shutDown()} stopped, with the same settings, data and port, and waits until it takes connections. */
    public synchronized void startAgain(Duration timeout) {
        if (stoppedCommand == null) {
            throw new IllegalStateException("the PostgreSQL server was not shut down");
        }
        ProcessBuilder builder = new ProcessBuilder(stoppedCommand)
                .directory(stoppedDataDirectory.toFile())
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(logFile == null ? ProcessBuilder.Redirect.DISCARD
                        : ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        Process server;
        try {
            server = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start PostgreSQL again: " + e.getMessage(), e);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            SQLException refused = null;
            try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
                if (connection.isValid(5)) {
                    stoppedCommand = null;
                    stoppedDataDirectory = null;
                    return;
                }
            } catch (SQLException notYet) {
                refused = notYet;
            }
            if (!server.isAlive()) {
                throw new IllegalStateException("PostgreSQL exited with code " + server.exitValue()
                        + " when started again" + (logFile == null ? "" : "; see " + logFile), refused);
            }
            if (System.nanoTime() - deadline >= 0) {
                throw new IllegalStateException("PostgreSQL takes no connections " + timeout
                        + " after being started again", refused);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while starting PostgreSQL again", e);
            }
        }
    }

    /** The running postmaster of a data directory, from the first line of its {@code postmaster.pid}. */
    private static ProcessHandle postmaster(Path dataDirectory) {
        try {
            long pid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
            return ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException(
                    "no PostgreSQL server process " + pid + " for " + dataDirectory));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the postmaster.pid of " + dataDirectory, e);
        }
    }

    private static void run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command.get(0), e);
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not stop cleanly", e);
        }
    }
}
