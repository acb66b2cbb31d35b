package org.madoguchi.gateway.domain.model;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * W3C Trace Context ({@code traceparent}): the trace a request belongs to and the span that made it. The gateway
 * continues the caller's trace with a span of its own, or starts a new trace when the caller sent none or a
 * malformed one.
 *
 * @param traceId  32 lower-case hex digits, not all zero
 * @param parentId 16 lower-case hex digits, not all zero: the gateway's span, parent of the service's
 * @param flags    2 hex digits (01: sampled)
 */
public record TraceContext(String traceId, String parentId, String flags) {

    private static final Pattern TRACEPARENT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    public TraceContext {
        Objects.requireNonNull(traceId, "traceId");
        Objects.requireNonNull(parentId, "parentId");
        Objects.requireNonNull(flags, "flags");
    }

    /** The context to send on: the caller's trace with a new span of the gateway, or a new trace. */
    public static TraceContext continuing(Optional<String> traceparent) {
        return traceparent.map(String::strip).map(TRACEPARENT::matcher).filter(java.util.regex.Matcher::matches)
                .filter(m -> !isZero(m.group(1)) && !isZero(m.group(2)))
                .map(m -> new TraceContext(m.group(1), randomHex(8), m.group(3)))
                .orElseGet(() -> new TraceContext(randomHex(16), randomHex(8), "01"));
    }

    /** Whether the caller's header was a valid {@code traceparent} (then its {@code tracestate} may follow it). */
    public static boolean isValid(Optional<String> traceparent) {
        return traceparent.map(String::strip).map(TRACEPARENT::matcher)
                .filter(java.util.regex.Matcher::matches)
                .filter(m -> !isZero(m.group(1)) && !isZero(m.group(2))).isPresent();
    }

    /** The {@code traceparent} header value. */
    public String header() {
        return "00-" + traceId + "-" + parentId + "-" + flags;
    }

    private static boolean isZero(String hex) {
        return hex.chars().allMatch(c -> c == '0');
    }

    private static String randomHex(int bytes) {
        byte[] value = new byte[bytes];
        do {
            RANDOM.nextBytes(value);
        } while (isZero(HEX.formatHex(value)));
        return HEX.formatHex(value);
    }
}
