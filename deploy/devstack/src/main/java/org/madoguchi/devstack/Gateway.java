package org.madoguchi.devstack;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

/**
 * The suite's front door as a client calls it: every call goes to the gateway's public API with the bearer token of
 * a sample user (or none, for an anonymous caller), and every answer is checked by {@link Reply#expect}.
 */
final class Gateway {

    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(60);
    private static final int LONGEST_BODY_IN_A_MESSAGE = 2_000;

    private final HttpClient http;
    private final URI base;
    private final SampleUserTokens tokens;
    private final ObjectMapper json = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);

    Gateway(HttpClient http, URI base, SampleUserTokens tokens) {
        this.http = http;
        this.base = base;
        this.tokens = tokens;
    }

    /** A GET as the user ({@code null}: anonymous). */
    Reply get(String user, String pathAndQuery) {
        return send(user, "GET", pathAndQuery, null, null, Map.of());
    }

    /** A call with a JSON body (any object Jackson writes; {@code null}: no body). */
    Reply json(String user, String method, String path, Object body, Map<String, String> headers) {
        byte[] bytes;
        try {
            bytes = body == null ? null : json.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new SampleCityFailure("cannot write the body of " + method + " " + path + ": " + e, e);
        }
        return send(user, method, path, bytes == null ? null : "application/json", bytes, headers);
    }

    /** A call with a body of the given type. */
    Reply send(String user, String method, String pathAndQuery, String contentType, byte[] body,
               Map<String, String> headers) {
        String what = method + " " + pathAndQuery + (user == null ? " (anonymous)" : " as " + user);
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(CALL_TIMEOUT)
                .header("Accept", "application/json")
                .header("Accept-Language", "en")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (user != null) {
            request.header("Authorization", "Bearer " + tokens.of(user));
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new SampleCityFailure(what + " got no answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SampleCityFailure("interrupted during " + what, e);
        }
        String text = new String(response.body(), StandardCharsets.UTF_8);
        JsonNode parsed;
        try {
            parsed = text.isBlank() ? MissingNode.getInstance() : json.readTree(text);
        } catch (IOException notJson) {
            parsed = MissingNode.getInstance();
        }
        return new Reply(what, response.statusCode(), parsed, text, response.headers());
    }

    /**
     * What a call answered.
     *
     * @param what    the call, for messages: method, path and user
     * @param status  its HTTP status
     * @param body    its body as JSON ({@link MissingNode} when it has none or it is not JSON)
     * @param text    its body as text
     * @param headers its headers
     */
    record Reply(String what, int status, JsonNode body, String text, HttpHeaders headers) {

        /** This answer if its status is one of these; else a failure naming the call, its status and its problem. */
        Reply expect(int... statuses) {
            if (Arrays.stream(statuses).noneMatch(s -> s == status)) {
                throw new SampleCityFailure(what + " answered " + status + " (expected "
                        + Arrays.toString(statuses) + "): " + shortened(text));
            }
            return this;
        }

        /** Whether the answer is an RFC 9457 problem of this type (the last segment of its {@code type} URI). */
        boolean isProblem(int expectedStatus, String type) {
            return status == expectedStatus && body.path("type").asText("").endsWith("/" + type);
        }

        /** The ETag header, as If-Match takes it back. */
        String etag() {
            return headers.firstValue("ETag")
                    .orElseThrow(() -> new SampleCityFailure(what + " answered without an ETag"));
        }

        private static String shortened(String text) {
            String oneLine = text.isBlank() ? "(no body)" : text.strip();
            return oneLine.length() <= LONGEST_BODY_IN_A_MESSAGE ? oneLine
                    : oneLine.substring(0, LONGEST_BODY_IN_A_MESSAGE) + " …";
        }
    }
}
