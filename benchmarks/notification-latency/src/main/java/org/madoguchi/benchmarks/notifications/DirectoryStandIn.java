package org.madoguchi.benchmarks.notifications;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for the two parts of Keycloak's API that notification-service calls for a person: the token endpoint
 * (client-credentials grant of its service account) and the admin API's user record
 * ({@code GET /admin/realms/{realm}/users/{id}}), answering every id with a user who has an email address and the
 * Japanese locale. The benchmark has no Keycloak (its start alone would take the machine for a minute); this measures
 * the service, not the directory, so it answers at once. Counts what was asked.
 */
final class DirectoryStandIn implements AutoCloseable {

    private static final Pattern USER = Pattern.compile("/admin/realms/([^/]+)/users/([^/?]+)");

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final LongAdder tokens = new LongAdder();
    private final LongAdder lookups = new LongAdder();

    private DirectoryStandIn(HttpServer server) {
        this.server = server;
    }

    static DirectoryStandIn start(String realm) {
        // without it the JDK server's separate header and body writes meet the client's delayed ACK: 40 ms an answer
        System.setProperty("sun.net.httpserver.nodelay", "true");
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
            DirectoryStandIn directory = new DirectoryStandIn(server);
            server.createContext("/realms/" + realm + "/protocol/openid-connect/token", directory::token);
            server.createContext("/admin/realms/" + realm + "/users/", directory::user);
            server.setExecutor(directory.threads);
            server.start();
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the directory stand-in", e);
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    long tokenRequests() {
        return tokens.sum();
    }

    long userLookups() {
        return lookups.sum();
    }

    /** The address the stand-in gives a person: synthetic, on a reserved example domain. */
    static String emailOf(String subject) {
        return "citizen-" + subject + "@example.jp";
    }

    private void token(HttpExchange exchange) throws IOException {
        drain(exchange);
        tokens.increment();
        respond(exchange, 200, """
                {"access_token":"benchmark-service-account-token","expires_in":3600,"refresh_expires_in":0,\
                "token_type":"Bearer","not-before-policy":0,"scope":"profile email"}""");
    }

    private void user(HttpExchange exchange) throws IOException {
        drain(exchange);
        Matcher path = USER.matcher(exchange.getRequestURI().getPath());
        if (!"GET".equals(exchange.getRequestMethod()) || !path.matches()) {
            respond(exchange, 404, "{\"error\":\"not found\"}");
            return;
        }
        lookups.increment();
        String id = path.group(2);
        respond(exchange, 200, String.format("""
                {"id":"%1$s","username":"citizen-%1$s","enabled":true,"email":"%2$s","emailVerified":true,\
                "attributes":{"locale":["ja"]}}""", id, emailOf(id)));
    }

    private static void drain(HttpExchange exchange) throws IOException {
        try (InputStream body = exchange.getRequestBody()) {
            body.transferTo(OutputStream.nullOutputStream());
        }
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
