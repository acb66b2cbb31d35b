package org.madoguchi.procedures.adapter.out.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.transaction.TransactionSynchronizationRegistry;

/** Makes the one in-memory index of this instance, following the transactions of its use cases. */
@ApplicationScoped
class SearchIndexProducer {

    @Produces
    @Singleton
    LuceneProcedureSearchIndex index(TransactionSynchronizationRegistry transactions) {
        return new LuceneProcedureSearchIndex(transactions);
    }

    void close(@Disposes LuceneProcedureSearchIndex index) {
        index.close();
    }
}
