package org.madoguchi.procedures.application.service;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.ObserverMethod;

import org.jboss.logging.Logger;
import org.madoguchi.procedures.application.port.out.ProcedureSearchIndex;
import org.madoguchi.procedures.application.port.out.Procedures;
import org.madoguchi.procedures.domain.model.Procedure;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Builds the search index from the records when the instance starts, after the seed data is loaded
 * (observers of the default priority), so that the instance reports itself ready only once searches find
 * every procedure. An operations concern: no in-port exposes it.
 */
@ApplicationScoped
class RebuildSearchIndexService {

    private static final Logger LOG = Logger.getLogger(RebuildSearchIndexService.class);
    private static final int CHUNK = 500;

    private final Procedures procedures;
    private final ProcedureSearchIndex index;
    private final SearchDocuments documents;
    private final TransactionTimeouts timeouts;

    RebuildSearchIndexService(Procedures procedures, ProcedureSearchIndex index, SearchDocuments documents,
            TransactionTimeouts timeouts) {
        this.procedures = procedures;
        this.index = index;
        this.documents = documents;
        this.timeouts = timeouts;
    }

    void onStart(@Observes @Priority(ObserverMethod.DEFAULT_PRIORITY + 100) StartupEvent started) {
        long start = System.nanoTime();
        long indexed = QuarkusTransaction.requiringNew().timeout((int) timeouts.indexRebuild().toSeconds())
                .call(this::rebuild);
        LOG.infof("Search index built: %d procedures in %d ms", indexed, (System.nanoTime() - start) / 1_000_000);
    }

    /** Rebuilds the whole index from the records in the current transaction; returns how many procedures it holds. */
    long rebuild() {
        ProcedureSearchIndex.Rebuild rebuild = index.startRebuild();
        List<Procedure> chunk = new ArrayList<>(CHUNK);
        procedures.forEach(procedure -> {
            chunk.add(procedure);
            if (chunk.size() == CHUNK) {
                rebuild.add(documents.of(chunk));
                chunk.clear();
            }
        });
        if (!chunk.isEmpty()) {
            rebuild.add(documents.of(chunk));
        }
        return rebuild.finish();
    }
}
