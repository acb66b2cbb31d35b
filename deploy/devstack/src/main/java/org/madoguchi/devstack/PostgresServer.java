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
import java.sql.Statement;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * A real PostgreSQL server (the zonky binary bundle), one database per service.
 * The user's stack keeps its data directory and full durability; tests use a throw-away
 * directory with fsync off.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String USER = "postgres";
    /** Local trust authentication ignores it; configured so that clients that insist on one have it. */
    public static final String PASSWORD = "postgres";
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private final EmbeddedPostgres postgres;

    private PostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts a durable server on a kept data directory (the user's stack): reuses the data of
     * an earlier run, fsync and synchronous commit stay on.
     */
    public static PostgresServer durable(Path dataDirectory, int port, Path logFile) {
        try {
            Files.createDirectories(dataDirectory);
            Files.createDirectories(logFile.getParent());
            return new PostgresServer(EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setLocaleConfig("locale", "C")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
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
            return new PostgresServer(EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(true)
                    .setLocaleConfig("locale", "C")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start in " + dataDirectory, e);
        }
    }

    /** Starts a throw-away server on a free port, tuned for tests (no fsync); its data is deleted on close. */
    public static PostgresServer ephemeral() {
        try {
            return new PostgresServer(EmbeddedPostgres.builder()
                    .setCleanDataDirectory(true)
                    .setLocaleConfig("locale", "C")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start", e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    /** Creates the database unless it exists; returns whether it was created. */
    public boolean createDatabaseIfMissing(String database) {
        if (!DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            try (PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
                exists.setString(1, database);
                try (ResultSet rs = exists.executeQuery()) {
                    if (rs.next()) {
                        return false;
                    }
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("create database " + database + " encoding 'UTF8'");
            }
            return true;
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
