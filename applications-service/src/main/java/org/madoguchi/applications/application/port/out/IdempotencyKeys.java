package org.madoguchi.applications.application.port.out;

import java.time.Instant;
import java.util.Optional;

import org.madoguchi.applications.domain.model.ApplicationId;
import org.madoguchi.applications.domain.model.LookupCode;

/**
 * The Idempotency-Key record (IETF draft "The Idempotency-Key HTTP Header Field"): which request first used a
 * key, while it runs and, once it succeeded, what it created, until the key expires.
 */
public interface IdempotencyKeys {

    /**
     * Claims a key for a request with this fingerprint, committing at once so that a concurrent request with the same
     * key sees the claim. An expired key, or a claim left in flight past {@code claimedUntil} by a request that died,
     * is taken over.
     *
     * @param scope        whose key it is: the caller's account subject, or the anonymous scope
     * @param fingerprint  a digest of the request body
     * @param claimedUntil how long the claim holds while the request runs
     * @param expiresAt    when the key may be used again for another request
     */
    Claim claim(String scope, String key, byte[] fingerprint, Instant now, Instant claimedUntil, Instant expiresAt);

    /** Records what the request created, in the transaction that created it. */
    void complete(String scope, String key, ApplicationId application, Optional<LookupCode> lookupCode);

    /** Gives a key up after its request failed, so that a corrected request may use it. */
    void release(String scope, String key);

    /** Deletes the keys that expired before {@code now}; returns how many. */
    int purgeExpired(Instant now);

    /** What a claim found. */
    sealed interface Claim {
        /** The key is this request's now. */
        record Claimed() implements Claim {
        }

        /** The same key and body succeeded before: answer with what it created. */
        record Replay(ApplicationId application, Optional<LookupCode> lookupCode) implements Claim {
        }

        /** The first request with this key is still running (whatever the body of this one). */
        record InFlight() implements Claim {
        }

        /** The key was used for a request with another body. */
        record Mismatch() implements Claim {
        }
    }
}
