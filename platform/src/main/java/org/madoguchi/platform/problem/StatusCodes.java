package org.madoguchi.platform.problem;

import java.util.Map;

/** The generic problem code of each HTTP status, used when a failure has no more specific code. */
final class StatusCodes {

    private static final Map<Integer, String> CODES = Map.ofEntries(
            Map.entry(400, "bad-request"),
            Map.entry(401, "unauthorized"),
            Map.entry(403, "forbidden"),
            Map.entry(404, "not-found"),
            Map.entry(405, "method-not-allowed"),
            Map.entry(406, "not-acceptable"),
            Map.entry(409, "conflict"),
            Map.entry(410, "gone"),
            Map.entry(412, "precondition-failed"),
            Map.entry(413, "payload-too-large"),
            Map.entry(415, "unsupported-media-type"),
            Map.entry(422, "unprocessable-content"),
            Map.entry(428, "precondition-required"),
            Map.entry(429, "too-many-requests"),
            Map.entry(500, "internal-error"),
            Map.entry(502, "bad-gateway"),
            Map.entry(503, "service-unavailable"),
            Map.entry(504, "gateway-timeout"));

    private StatusCodes() {
    }

    static String of(int status) {
        String code = CODES.get(status);
        if (code != null) {
            return code;
        }
        return status >= 500 ? "server-error" : "client-error";
    }
}
