package org.madoguchi.benchmarks.footprint;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;

/**
 * What the gateway proxies to while it is measured alone: a stand-in for procedures-service's public
 * {@code GET /api/v1/departments}, answering at once with a fixed list (JDK HTTP server, in the benchmark's JVM), so
 * that the gateway's memory is measured with every request passing its door and its proxy, and no other service
 * shares the machine.
 */
final class UpstreamStandIn implements AutoCloseable {

    private static final byte[] DEPARTMENTS = """
            [{"code":"joho-seisaku","name":"情報政策課","nameEn":"Information Policy Division"},\
            {"code":"kenko-kosodate","name":"健康・子育て推進課","nameEn":"Health and Child-rearing Division"}]"""
            .getBytes(StandardCharsets.UTF_8);

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);

    UpstreamStandIn(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 128);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, DEPARTMENTS.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(DEPARTMENTS);
            }
        });
        server.setExecutor(threads);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
