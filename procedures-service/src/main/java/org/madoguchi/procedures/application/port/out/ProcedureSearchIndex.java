package org.madoguchi.procedures.application.port.out;

import java.util.Collection;
import java.util.function.Function;
import java.util.function.Supplier;

import org.madoguchi.procedures.application.port.in.ProcedureSearch;
import org.madoguchi.procedures.application.port.in.SearchResults;
import org.madoguchi.procedures.domain.model.ProcedureId;

/**
 * The full-text index of procedures that one query box searches in Japanese. It follows every change:
 * the procedures a transaction changes are indexed as committed when that transaction commits, and
 * not at all if it rolls back.
 */
public interface ProcedureSearchIndex {

    /**
     * Re-indexes these procedures when the current transaction commits (at once outside one): only
     * their ids are kept meanwhile; after the commit their state is read through {@code committedState}
     * and applied as {@link #refresh} applies it, so that two transactions changing the same procedure
     * leave the index at the later state whatever order they commit in.
     *
     * @param procedures     the procedures the transaction changes
     * @param committedState reads the committed state of procedures, in a transaction of its own
     */
    void put(Collection<ProcedureId> procedures,
            Function<Collection<ProcedureId>, Collection<SearchDocument>> committedState);

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
