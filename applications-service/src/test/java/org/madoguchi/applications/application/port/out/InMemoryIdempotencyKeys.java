package org.madoguchi.applications.application.port.out;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.madoguchi.applications.domain.model.ApplicationId;
import org.madoguchi.applications.domain.model.LookupCode;

/** {@link IdempotencyKeys} in memory, held to {@link IdempotencyKeysContract} like the PostgreSQL adapter. */
public final class InMemoryIdempotencyKeys implements IdempotencyKeys {

    private record Scoped(String scope, String key) {
    }

    /** One key's record: in flight while {@code application} is empty. */
    private record Entry(byte[] fingerprint, Optional<ApplicationId> application, Optional<LookupCode> lookupCode,
            Instant claimedUntil, Instant expiresAt) {

        boolean inFlight() {
            return application.isEmpty();
        }
    }

    private final Map<Scoped, Entry> entries = new HashMap<>();

    @Override
    public synchronized Claim claim(String scope, String key, byte[] fingerprint, Instant now, Instant claimedUntil,
            Instant expiresAt) {
        Scoped id = new Scoped(scope, key);
        Entry entry = entries.get(id);
        boolean expired = entry != null && !entry.expiresAt().isAfter(now);
        boolean abandoned = entry != null && entry.inFlight() && !entry.claimedUntil().isAfter(now);
        if (entry == null || expired || abandoned) {
            entries.put(id, new Entry(fingerprint.clone(), Optional.empty(), Optional.empty(), claimedUntil,
                    expiresAt));
            return new Claim.Claimed();
        }
        if (entry.inFlight()) {
            return new Claim.InFlight();
        }
        if (!Arrays.equals(entry.fingerprint(), fingerprint)) {
            return new Claim.Mismatch();
        }
        return new Claim.Replay(entry.application().get(), entry.lookupCode());
    }

    @Override
    public synchronized void complete(String scope, String key, ApplicationId application,
            Optional<LookupCode> lookupCode) {
        entries.computeIfPresent(new Scoped(scope, key), (id, entry) -> new Entry(entry.fingerprint(),
                Optional.of(application), lookupCode, entry.claimedUntil(), entry.expiresAt()));
    }

    @Override
    public synchronized void release(String scope, String key) {
        entries.computeIfPresent(new Scoped(scope, key), (id, entry) -> entry.inFlight() ? null : entry);
    }

    @Override
    public synchronized int purgeExpired(Instant now) {
        int before = entries.size();
        entries.values().removeIf(entry -> !entry.expiresAt().isAfter(now));
        return before - entries.size();
    }
}
