package org.madoguchi.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * A real PostgreSQL server (the zonky binary bundle), one database per service.
 * The user's stack keeps its data directory and full durability; tests use a throw-away
 * directory with fsync off.
 */
public final class PostgresServer implements Database {

    public static final String USER = "postgres";
    /** Local trust authentication ignores it; configured so that clients that insist on one have it. */
    public static final String PASSWORD = "postgres";

    private final EmbeddedPostgres postgres;

    private PostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
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
                    .start());
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
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start in " + dataDirectory, e);
        }
    }

    /** Starts a throw-away server on a free port, tuned for tests (no fsync); its data is deleted on close. */
    public static PostgresServer ephemeral() {
        try {
            return new PostgresServer(configured(false)
                    .setCleanDataDirectory(true)
                    .start());
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

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not stop cleanly", e);
        }
    }
}
