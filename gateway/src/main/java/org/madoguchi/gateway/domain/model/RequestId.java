package org.madoguchi.gateway.domain.model;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id of one request across the gateway and the services ({@code X-Request-Id}): the caller's own when it is a
 * plain token of at most 128 letters, digits, dots, dashes and underscores, else a new UUID, so that nothing a
 * caller sends can break a log line.
 */
public record RequestId(String value) {

    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._-]{1,128}");

    public RequestId {
        Objects.requireNonNull(value, "value");
        if (!ACCEPTABLE.matcher(value).matches()) {
            throw new IllegalArgumentException("not an acceptable request id");
        }
    }

    /** The caller's request id when acceptable, else a new one. */
    public static RequestId fromCaller(Optional<String> sent) {
        return sent.map(String::strip).filter(s -> ACCEPTABLE.matcher(s).matches()).map(RequestId::new)
                .orElseGet(() -> new RequestId(UUID.randomUUID().toString()));
    }
}
