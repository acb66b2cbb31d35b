package org.madoguchi.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A client of a Server-Sent Events stream through the gateway: it reads events on its own thread as they come, so
 * a test can act and then wait for what the stream shows.
 */
final class EventStream implements AutoCloseable {

    /** One event: its {@code id}, {@code event} name ("message" when none) and {@code data}. */
    record Event(String id, String name, String data) {
    }

    private final HttpResponse<InputStream> response;
    private final List<Event> events = new CopyOnWriteArrayList<>();
    private final List<String> comments = new CopyOnWriteArrayList<>();

    private EventStream(HttpResponse<InputStream> response) {
        this.response = response;
        Thread reader = new Thread(this::read, "e2e-event-stream");
        reader.setDaemon(true);
        reader.start();
    }

    /** Opens the stream at {@code url} with the given headers; returns once the answer's headers arrived. */
    static EventStream open(String url, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream")
                .GET();
        headers.forEach(request::header);
        try {
            HttpResponse<InputStream> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                    .send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            return new EventStream(response);
        } catch (IOException e) {
            throw new IllegalStateException("cannot open " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    int status() {
        return response.statusCode();
    }

    String header(String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    /** The events received so far, in order. */
    List<Event> events() {
        return List.copyOf(events);
    }

    /** The comment lines received so far (without the leading colon), e.g. {@code connected}. */
    List<String> comments() {
        return List.copyOf(comments);
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String id = null;
            String name = null;
            StringBuilder data = new StringBuilder();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isEmpty()) {
                    if (!data.isEmpty()) {
                        events.add(new Event(id, name == null ? "message" : name, data.toString()));
                    }
                    id = null;
                    name = null;
                    data.setLength(0);
                } else if (line.startsWith(":")) {
                    comments.add(line.substring(1).strip());
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).strip();
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    if (!data.isEmpty()) {
                        data.append('\n');
                    }
                    data.append(line.substring(5).strip());
                }
            }
        } catch (IOException closed) {
            // the stream ended or was closed
        }
    }

    @Override
    public void close() {
        try {
            response.body().close();
        } catch (IOException ignored) {
            // closing only
        }
    }
}
