package org.madoguchi.applications.adapter.out.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.madoguchi.applications.application.port.out.IdempotencyKeys;
import org.madoguchi.applications.domain.model.ApplicationId;
import org.madoguchi.applications.domain.model.LookupCode;

/** Idempotency-Keys in {@code idempotency_key}; a claim is an insert that a concurrent claim of the key waits on. */
@ApplicationScoped
class IdempotencyKeyPersistenceAdapter implements IdempotencyKeys {

    private final EntityManager em;

    IdempotencyKeyPersistenceAdapter(EntityManager em) {
        this.em = em;
    }

    @Override
    public Claim claim(String scope, String key, byte[] fingerprint, Instant now, Instant claimedUntil,
            Instant expiresAt) {
        int inserted = em.createNativeQuery("""
                        insert into idempotency_key (scope, idem_key, fingerprint, state, claimed_until, expires_at)
                        values (?1, ?2, ?3, 'IN_FLIGHT', ?4, ?5) on conflict do nothing""")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, fingerprint)
                .setParameter(4, Timestamp.from(claimedUntil)).setParameter(5, Timestamp.from(expiresAt))
                .executeUpdate();
        if (inserted == 1) {
            return new Claim.Claimed();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select fingerprint, state, application_id, lookup_code, claimed_until, expires_at
                        from idempotency_key where scope = ?1 and idem_key = ?2 for update""")
                .setParameter(1, scope).setParameter(2, key).getResultList();
        if (rows.isEmpty()) {
            // deleted between the insert and the read (released or purged): claim it afresh
            return claim(scope, key, fingerprint, now, claimedUntil, expiresAt);
        }
        Object[] row = rows.get(0);
        boolean expired = !instant(row[5]).isAfter(now);
        boolean abandoned = "IN_FLIGHT".equals(row[1]) && !instant(row[4]).isAfter(now);
        if (expired || abandoned) {
            em.createNativeQuery("""
                            update idempotency_key set fingerprint = ?3, state = 'IN_FLIGHT', application_id = null,
                            lookup_code = null, claimed_until = ?4, expires_at = ?5 where scope = ?1 and idem_key = ?2""")
                    .setParameter(1, scope).setParameter(2, key).setParameter(3, fingerprint)
                    .setParameter(4, Timestamp.from(claimedUntil)).setParameter(5, Timestamp.from(expiresAt))
                    .executeUpdate();
            return new Claim.Claimed();
        }
        if ("IN_FLIGHT".equals(row[1])) {
            return new Claim.InFlight();
        }
        if (!Arrays.equals((byte[]) row[0], fingerprint)) {
            return new Claim.Mismatch();
        }
        return new Claim.Replay(new ApplicationId((UUID) row[2]),
                Optional.ofNullable((String) row[3]).map(LookupCode::new));
    }

    @Override
    public void complete(String scope, String key, ApplicationId application, Optional<LookupCode> lookupCode) {
        em.createNativeQuery("""
                        update idempotency_key set state = 'COMPLETED', application_id = ?3, lookup_code = ?4
                        where scope = ?1 and idem_key = ?2""")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, application.value())
                .setParameter(4, lookupCode.map(LookupCode::value).orElse(null))
                .executeUpdate();
    }

    @Override
    public void release(String scope, String key) {
        em.createNativeQuery("delete from idempotency_key where scope = ?1 and idem_key = ?2 and state = 'IN_FLIGHT'")
                .setParameter(1, scope).setParameter(2, key).executeUpdate();
    }

    @Override
    public int purgeExpired(Instant now) {
        return em.createNativeQuery("delete from idempotency_key where expires_at <= ?1")
                .setParameter(1, Timestamp.from(now)).executeUpdate();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
