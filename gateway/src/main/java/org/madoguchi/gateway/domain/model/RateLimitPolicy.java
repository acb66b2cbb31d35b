package org.madoguchi.gateway.domain.model;

import java.util.Objects;

/**
 * The city's rate limits at the front door: one for signed-in callers (per subject), one for anonymous callers
 * (per address, usually lower, since many people may share one address only rarely).
 *
 * @param enabled   whether limits apply at all
 * @param signedIn  the limit per token subject
 * @param anonymous the limit per client address
 */
public record RateLimitPolicy(boolean enabled, RateLimit signedIn, RateLimit anonymous) {

    public RateLimitPolicy {
        Objects.requireNonNull(signedIn, "signedIn");
        Objects.requireNonNull(anonymous, "anonymous");
    }

    /** The limit that applies to the caller. */
    public RateLimit limitFor(ClientKey caller) {
        return caller.signedIn() ? signedIn : anonymous;
    }
}
