package org.madoguchi.lending.adapter.out.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;

import org.madoguchi.lending.domain.model.ConcurrentChange;

/**
 * Writes pending changes now, so that a concurrent change of the same row fails here, inside the use case,
 * as the domain's {@link ConcurrentChange}, not at commit.
 */
final class Flushes {

    private Flushes() {
    }

    static void flush(EntityManager em) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChange(e);
        }
    }
}
