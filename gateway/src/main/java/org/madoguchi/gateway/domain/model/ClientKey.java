package org.madoguchi.gateway.domain.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Whose requests count against one rate limit: a signed-in caller by the token's subject, wherever they call from;
 * an anonymous caller by the address of the connection.
 *
 * @param value     the key of the caller's bucket, e.g. {@code sub:0d9a7e3b-…} or {@code ip:192.0.2.7}
 * @param signedIn  whether the caller showed a valid token
 */
public record ClientKey(String value, boolean signedIn) {

    public ClientKey {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a client key is not blank");
        }
    }

    /** The key of a caller: its subject when it has one, else its address. */
    public static ClientKey of(Optional<String> subject, String address) {
        return subject.filter(s -> !s.isBlank())
                .map(s -> new ClientKey("sub:" + s, true))
                .orElseGet(() -> new ClientKey("ip:" + Objects.requireNonNull(address, "address"), false));
    }
}
