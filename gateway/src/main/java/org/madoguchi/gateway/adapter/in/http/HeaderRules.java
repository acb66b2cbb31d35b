package org.madoguchi.gateway.adapter.in.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.vertx.core.MultiMap;

/**
 * What crosses the front door in headers. Towards a service: no hop-by-hop header (nor any the {@code Connection}
 * header names), no forwarding header from outside ({@code Forwarded}, {@code X-Forwarded-*}, {@code X-Real-IP}),
 * no internal header; instead the gateway's own {@code X-Forwarded-For/Proto/Host} from the real connection, the
 * request id and the trace context. Towards the caller: no hop-by-hop header and no CORS header of the service
 * (the gateway answers CORS itself).
 */
final class HeaderRules {

    static final String REQUEST_ID = "X-Request-Id";
    static final String TRACEPARENT = "traceparent";
    static final String TRACESTATE = "tracestate";
    private static final String COOKIE = "cookie";
    /** quarkus-oidc's cookies: {@code q_session…}, {@code q_auth…}, {@code q_post_logout…}. */
    private static final String SIGN_IN_COOKIE_PREFIX = "q_";

    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "proxy-connection", "te", "trailer", "trailers", "transfer-encoding", "upgrade");
    private static final Set<String> SPOOFABLE = Set.of("forwarded", "x-real-ip", "x-client-ip", "true-client-ip");

    private HeaderRules() {
    }

    /** Headers the proxy itself needs to frame the body; a {@code Connection} header cannot remove them. */
    private static final Set<String> FRAMING = Set.of("connection", "content-length", "transfer-encoding", "host",
            "upgrade", "te");

    /**
     * Rewrites the headers of a request in place for the service behind. The standard hop-by-hop headers stay for
     * the proxy, which frames the body by them and never passes them on.
     *
     * @param internal internal header names, lower case; a name ending in {@code *} is a prefix
     */
    static void towardsService(MultiMap headers, List<String> internal, String clientAddress, String scheme,
            String host, String requestId, String traceparent, boolean keepTracestate) {
        for (String named : namedByConnection(headers)) {
            if (!FRAMING.contains(named.toLowerCase(Locale.ROOT))) {
                headers.remove(named);
            }
        }
        for (String name : new ArrayList<>(headers.names())) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (SPOOFABLE.contains(lower) || lower.startsWith("x-forwarded-") || isInternal(lower, internal)) {
                headers.remove(name);
            }
        }
        headers.set("X-Forwarded-For", clientAddress);
        headers.set("X-Forwarded-Proto", scheme);
        if (host != null) {
            headers.set("X-Forwarded-Host", host);
        }
        headers.set(REQUEST_ID, requestId);
        headers.set(TRACEPARENT, traceparent);
        if (!keepTracestate) {
            headers.remove(TRACESTATE);
        }
        withoutSignInCookies(headers);
    }

    /** Removes the gateway's own sign-in cookies from the {@code Cookie} headers, and a header left empty. */
    static void withoutSignInCookies(MultiMap headers) {
        List<String> kept = new ArrayList<>();
        boolean removed = false;
        for (String header : headers.getAll(COOKIE)) {
            for (String pair : header.split(";")) {
                String cookie = pair.strip();
                if (cookie.isEmpty()) {
                    continue;
                }
                if (cookie.startsWith(SIGN_IN_COOKIE_PREFIX)) {
                    removed = true;
                } else {
                    kept.add(cookie);
                }
            }
        }
        if (removed) {
            headers.remove(COOKIE);
            if (!kept.isEmpty()) {
                headers.set(COOKIE, String.join("; ", kept));
            }
        }
    }

    /** Rewrites the headers of a service's response in place for the caller. */
    static void towardsCaller(MultiMap headers) {
        removeHopByHop(headers);
        for (String name : new ArrayList<>(headers.names())) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.startsWith("access-control-") || lower.equals(REQUEST_ID.toLowerCase(Locale.ROOT))) {
                headers.remove(name);
            }
        }
    }

    private static List<String> namedByConnection(MultiMap headers) {
        List<String> named = new ArrayList<>();
        for (String connection : headers.getAll("connection")) {
            for (String token : connection.split(",")) {
                if (!token.isBlank()) {
                    named.add(token.strip());
                }
            }
        }
        return named;
    }

    private static void removeHopByHop(MultiMap headers) {
        namedByConnection(headers).forEach(headers::remove);
        for (String name : new ArrayList<>(headers.names())) {
            if (HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
                headers.remove(name);
            }
        }
    }

    private static boolean isInternal(String lower, List<String> internal) {
        for (String pattern : internal) {
            String p = pattern.strip().toLowerCase(Locale.ROOT);
            if (p.endsWith("*") ? lower.startsWith(p.substring(0, p.length() - 1)) : lower.equals(p)) {
                return true;
            }
        }
        return false;
    }
}
