package org.madoguchi.procedures.application.port.out;

import java.util.Collection;
import java.util.function.Supplier;

import org.madoguchi.procedures.application.port.in.ProcedureSearch;
import org.madoguchi.procedures.application.port.in.SearchResults;

/**
 * The full-text index of procedures that one query box searches in Japanese. It follows every change:
 * what is put during a transaction becomes searchable when that transaction commits, and never if it
 * rolls back.
 */
public interface ProcedureSearchIndex {

    /** Adds or replaces these documents, when the current transaction commits (at once outside one). */
    void put(Collection<SearchDocument> documents);

    /**
     * Reads the current state of some procedures and writes it into the index, as one step with
     * respect to committed changes: a change that commits while the state is read is applied after
     * it, so a refresh can never put an older state over a newer one.
     */
    void refresh(Supplier<Collection<SearchDocument>> currentState);

    /**
     * Starts building a new index beside the current one, which keeps answering queries; changes put
     * meanwhile are applied to the new index too before it takes over.
     */
    Rebuild startRebuild();

    /** Runs a query: best matches first, a page of them. */
    SearchResults search(ProcedureSearch query);

    /** Whether the index has been built and answers queries. */
    boolean ready();

    /** A new index being built. */
    interface Rebuild {

        /** Adds documents to the new index. */
        void add(Collection<SearchDocument> documents);

        /** Makes the new index the one that answers queries; returns how many documents it holds. */
        long finish();
    }
}
