package org.madoguchi.gateway.application.port.in;

import java.util.Objects;

import org.madoguchi.gateway.domain.model.ClientKey;

/**
 * One request at the front door.
 *
 * @param method the HTTP method
 * @param path   the request path without its query
 * @param caller who counts for the rate limit: the token's subject, or the connection's address
 */
public record AdmitRequestCommand(String method, String path, ClientKey caller) {

    public AdmitRequestCommand {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(caller, "caller");
        if (method.isBlank()) {
            throw new IllegalArgumentException("a request has a method");
        }
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("a request path starts with '/'");
        }
    }
}
