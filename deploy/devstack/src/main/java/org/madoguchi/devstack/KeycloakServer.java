package org.madoguchi.devstack;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
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
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Launches a Keycloak server from the {@code keycloak-quarkus-dist} zip for the local development stack.
 *
 * <p>The server runs in development mode ({@code kc.sh start-dev}) as a child process:
 * <ul>
 *   <li>the distribution zip is unpacked once into {@code installCacheDir} and reused by later runs;</li>
 *   <li>the realm file is imported on the first start (Keycloak skips realms that already exist);</li>
 *   <li>its database is a PostgreSQL database of the stack, so restarts keep users, sessions and keys;</li>
 *   <li>HTTP listens on {@code 127.0.0.1:httpPort}; the issuer is pinned to {@code http://localhost:httpPort};</li>
 *   <li>{@code /health/ready} is served on {@code 127.0.0.1:managementPort} and used to detect readiness.</li>
 * </ul>
 *
 * <p>This class is for development and tests only: it uses Keycloak's development mode and a well-known
 * bootstrap administrator ({@value #BOOTSTRAP_ADMIN_USERNAME} /
 * {@value #BOOTSTRAP_ADMIN_PASSWORD}, created on the first start only, for the admin console).
 *
 * <p>Keycloak rebuilds itself inside the installation directory when started in development mode and
 * reads realm files from the installation's {@code data/import} directory, so one installation directory
 * must not be started concurrently by several instances with different realm files.
 *
 * <p>Instances are not thread-safe. Use try-with-resources, or call {@link #close()}; a JVM shutdown
 * hook also stops the server if the JVM exits while it is running.
 */
public final class KeycloakServer implements IdentityProvider {

    /** Administrator of the master realm created on the first start (development only). */
    public static final String BOOTSTRAP_ADMIN_USERNAME = "admin";

    /** Password of {@link #BOOTSTRAP_ADMIN_USERNAME} (development only). */
    public static final String BOOTSTRAP_ADMIN_PASSWORD = "admin";

    private static final String TEMP_DIR_SUFFIX = ".unpacking-";

    private final Path distZip;
    private final Path installCacheDir;
    private final Path dataDir;
    private final String jdbcUrl;
    private final String dbUser;
    private final String dbPassword;
    private final int httpPort;
    private final int managementPort;
    private final Path realmFile;
    private final Path logFile;

    private List<String> jvmOptions = List.of();
    private ChildProcess process;

    /**
     * Creates a launcher; nothing happens until {@link #start(Duration)}.
     *
     * @param distZip         the {@code org.keycloak:keycloak-quarkus-dist} zip
     * @param installCacheDir directory in which the zip is unpacked (shared between runs)
     * @param dataDir         directory holding this instance's transaction log
     * @param jdbcUrl         the PostgreSQL database Keycloak keeps its realms in
     * @param dbUser          its user
     * @param dbPassword      its password
     * @param httpPort        port of the HTTP listener (bound to 127.0.0.1)
     * @param managementPort  port of the management interface serving the health endpoints
     * @param realmFile       realm representation (JSON) imported when the realm does not exist yet
     * @param logFile         file receiving Keycloak's stdout and stderr (appended)
     */
    public KeycloakServer(Path distZip, Path installCacheDir, Path dataDir, String jdbcUrl, String dbUser, String dbPassword,
                          int httpPort, int managementPort, Path realmFile, Path logFile) {
        this.jdbcUrl = Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        this.dbUser = Objects.requireNonNull(dbUser, "dbUser");
        this.dbPassword = Objects.requireNonNull(dbPassword, "dbPassword");
        this.distZip = Objects.requireNonNull(distZip, "distZip").toAbsolutePath().normalize();
        this.installCacheDir = Objects.requireNonNull(installCacheDir, "installCacheDir").toAbsolutePath().normalize();
        this.dataDir = Objects.requireNonNull(dataDir, "dataDir").toAbsolutePath().normalize();
        this.realmFile = Objects.requireNonNull(realmFile, "realmFile").toAbsolutePath().normalize();
        this.logFile = Objects.requireNonNull(logFile, "logFile").toAbsolutePath().normalize();
        this.httpPort = checkPort(httpPort, "httpPort");
        this.managementPort = checkPort(managementPort, "managementPort");
        if (httpPort == managementPort) {
            throw new IllegalArgumentException("httpPort and managementPort must differ: " + httpPort);
        }
    }

    /**
     * Sets JVM options appended to Keycloak's own (which give it {@code -Xms64m -Xmx512m} and G1), e.g. a smaller
     * heap or {@code -XX:TieredStopAtLevel=1} for a faster start on few cores; a later {@code -Xmx} wins. Takes
     * effect at the next {@link #start(Duration)}.
     *
     * @param options JVM options, each one token
     * @return this launcher
     */
    public KeycloakServer jvmOptions(List<String> options) {
        this.jvmOptions = List.copyOf(Objects.requireNonNull(options, "options"));
        return this;
    }

    /**
     * Unpacks the distribution if needed, starts Keycloak and waits until it reports readiness.
     *
     * @param timeout maximum time to wait for {@code /health/ready} to answer 200
     * @throws IllegalStateException if the server is already running, a port is in use, or Keycloak exits early
     *                               or is not ready in time (the message then contains the tail of the log)
     * @throws UncheckedIOException  if unpacking or preparing the files fails
     */
    public void start(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("Keycloak is already running (pid " + process.pid() + ")");
        }
        // A server already listening on these ports (e.g. a leftover instance) would answer the readiness probe.
        ChildProcess.requirePortFree(httpPort, "Keycloak HTTP");
        ChildProcess.requirePortFree(managementPort, "Keycloak management");
        ProcessBuilder command;
        try {
            Path home = ensureUnpacked();
            prepareImport(home);
            Files.createDirectories(dataDir);
            command = buildProcess(home);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start Keycloak: " + e.getMessage(), e);
        }
        process = ChildProcess.start("Keycloak", command, logFile);
        try {
            process.awaitHttpOk(URI.create("http://127.0.0.1:" + managementPort + "/health/ready"), timeout);
        } catch (RuntimeException e) {
            process = null;
            throw e;
        }
    }

    /** Returns the base URL of the HTTP listener, e.g. {@code http://localhost:8180}. */
    public String baseUrl() {
        return "http://localhost:" + httpPort;
    }

    /**
     * Returns the OIDC issuer of a realm, e.g. {@code http://localhost:8180/realms/madoguchi}.
     *
     * @param realm realm name
     */
    @Override
    public String issuer(String realm) {
        return baseUrl() + "/realms/" + Objects.requireNonNull(realm, "realm");
    }

    /**
     * Stops Keycloak gracefully (SIGTERM), waiting up to 20 seconds before killing the whole process tree.
     * Does nothing if the server is not running.
     */
    @Override
    public void close() {
        ChildProcess p = process;
        process = null;
        if (p != null) {
            p.close();
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Installation
    // ---------------------------------------------------------------------------------------------

    /**
     * Returns the Keycloak home directory, unpacking the zip on first use. The zip is extracted into a
     * temporary sibling directory that is renamed into place, so a partially extracted tree is never used.
     */
    private Path ensureUnpacked() throws IOException {
        if (!Files.isRegularFile(distZip)) {
            throw new IOException("Keycloak distribution not found: " + distZip);
        }
        String name = distZip.getFileName().toString();
        if (name.endsWith(".zip")) {
            name = name.substring(0, name.length() - ".zip".length());
        }
        Path home = installCacheDir.resolve(name);
        if (Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            ensureScriptsExecutable(home);
            return home;
        }
        Files.createDirectories(installCacheDir);
        Path tempDir = installCacheDir.resolve("." + name + TEMP_DIR_SUFFIX + UUID.randomUUID());
        try {
            Path content = tempDir.resolve("content");
            unzip(distZip, content);
            Path unpackedHome = findHome(content);
            ensureScriptsExecutable(unpackedHome);
            moveIntoPlace(unpackedHome, home);
        } finally {
            deleteRecursively(tempDir);
        }
        return home;
    }

    private static void unzip(Path zip, Path target) throws IOException {
        Files.createDirectories(target);
        try (ZipFile zipFile = new ZipFile(zip.toFile())) {
            var entries = zipFile.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("Zip entry outside the target directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    try (InputStream in = zipFile.getInputStream(entry)) {
                        Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
    }

    /** Locates the directory containing {@code bin/kc.sh}: the zip root or its single top-level directory. */
    private static Path findHome(Path unpacked) throws IOException {
        if (Files.isRegularFile(unpacked.resolve("bin/kc.sh"))) {
            return unpacked;
        }
        try (Stream<Path> children = Files.list(unpacked)) {
            return children.filter(p -> Files.isRegularFile(p.resolve("bin/kc.sh")))
                    .findFirst()
                    .orElseThrow(() -> new IOException("No bin/kc.sh in the Keycloak distribution"));
        }
    }

    /**
     * Renames a completely unpacked installation to its final name. If another process won the race, its
     * installation is complete (it was renamed into place as a whole) and is kept.
     */
    private static void moveIntoPlace(Path unpackedHome, Path home) throws IOException {
        try {
            try {
                Files.move(unpackedHome, home, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(unpackedHome, home);
            }
        } catch (IOException e) {
            // FileAlreadyExistsException, or DirectoryNotEmptyException on Linux for an existing target.
            if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
                throw new IOException("Cannot move the Keycloak installation into place (delete " + home
                        + " if it is a leftover): " + e.getMessage(), e);
            }
        }
    }

    /** Restores the execute permission of the shell scripts, which {@code java.util.zip} does not preserve. */
    private static void ensureScriptsExecutable(Path home) throws IOException {
        try (DirectoryStream<Path> scripts = Files.newDirectoryStream(home.resolve("bin"), "*.sh")) {
            for (Path script : scripts) {
                if (Files.isExecutable(script)) {
                    continue;
                }
                try {
                    Set<PosixFilePermission> perms = EnumSet.copyOf(Files.getPosixFilePermissions(script));
                    perms.addAll(EnumSet.of(PosixFilePermission.OWNER_EXECUTE,
                            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_EXECUTE));
                    Files.setPosixFilePermissions(script, perms);
                } catch (UnsupportedOperationException e) {
                    if (!script.toFile().setExecutable(true, false)) {
                        throw new IOException("Cannot make executable: " + script, e);
                    }
                }
            }
        }
    }

    /** Puts the realm file, and only it, into the installation's {@code data/import} directory. */
    private void prepareImport(Path home) throws IOException {
        if (!Files.isRegularFile(realmFile)) {
            throw new IOException("Realm file not found: " + realmFile);
        }
        Path importDir = home.resolve("data/import");
        Files.createDirectories(importDir);
        try (DirectoryStream<Path> stale = Files.newDirectoryStream(importDir, "*.json")) {
            for (Path file : stale) {
                Files.delete(file);
            }
        }
        Files.copy(realmFile, importDir.resolve(realmFile.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    }

    // ---------------------------------------------------------------------------------------------
    // Process handling
    // ---------------------------------------------------------------------------------------------

    private ProcessBuilder buildProcess(Path home) {
        List<String> command = List.of(
                home.resolve("bin/kc.sh").toString(),
                "start-dev",
                "--import-realm",
                "--http-host=127.0.0.1",
                "--http-port=" + httpPort,
                "--http-management-port=" + managementPort,
                "--hostname=" + baseUrl(),
                "--health-enabled=true",
                "--db=postgres",
                "--db-url=" + jdbcUrl,
                "--db-username=" + dbUser,
                "--db-password=" + dbPassword);
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile());
        Map<String, String> env = builder.environment();
        // Keycloak reads KC_* variables as configuration; do not let the caller's environment leak in.
        env.keySet().removeIf(key -> key.startsWith("KC_"));
        env.remove("JAVA_OPTS");
        env.put("JAVA_HOME", System.getProperty("java.home"));
        // Liquibase analytics would otherwise perform a DNS lookup / HTTP call on schema creation; the
        // transaction object store would otherwise be shared by all instances using this installation.
        env.put("JAVA_OPTS_APPEND", "-Dliquibase.analytics.enabled=false"
                + " -Dquarkus.transaction-manager.object-store.directory=" + dataDir.resolve("transaction-logs")
                + jvmOptions.stream().map(option -> " " + option).collect(Collectors.joining()));
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", BOOTSTRAP_ADMIN_USERNAME);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", BOOTSTRAP_ADMIN_PASSWORD);
        return builder;
    }

    // ---------------------------------------------------------------------------------------------
    // Helpers
    // ---------------------------------------------------------------------------------------------

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static int checkPort(int port, String name) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(name + " out of range: " + port);
        }
        return port;
    }
}
