package org.madoguchi.procedures.adapter.out.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.jboss.logging.Logger;
import org.madoguchi.platform.failure.InvalidInput;
import org.madoguchi.procedures.application.port.in.ProcedureQueries.SearchResults;
import org.madoguchi.procedures.application.port.in.SearchProceduresQuery;
import org.madoguchi.procedures.application.port.out.ProcedureSearchIndex;
import org.madoguchi.procedures.domain.model.ProcedureId;
import org.madoguchi.procedures.domain.model.StatusKind;

/**
 * The procedure index in Lucene, held in memory and rebuilt from the database at start-up; what its
 * documents hold is {@link ProcedureDocuments}, how a query matches and ranks is
 * {@link ProcedureQueryBuilder}. The procedures a transaction changes are re-read and applied when it
 * commits, under the lock that refreshes take, and the searcher is refreshed before the request returns,
 * so a search right after an edit sees it.
 * <p>
 * Staff find procedures through every published form that serves them: the forms' titles and kinds are
 * fields of the procedure's document. The public finds them only through forms open at the time of the
 * query: each serving form is also a document of a second index, with its open period, which a public
 * query searches first for the procedures whose open forms match.
 */
public class LuceneProcedureSearchIndex implements ProcedureSearchIndex, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LuceneProcedureSearchIndex.class);
    private static final String PENDING = LuceneProcedureSearchIndex.class.getName() + ".pending";

    private final Analyzer analyzer;
    private final ProcedureDocuments documents;
    private final ProcedureQueryBuilder queries;
    private final TransactionSynchronizationRegistry transactions;
    private final Object lock = new Object();
    private volatile IndexGeneration current;
    private volatile boolean ready;
    private List<SearchDocument> duringRebuild;

    /**
     * @param transactions the transactions whose commit applies a change; {@code null} to apply every change at once
     */
    public LuceneProcedureSearchIndex(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
        JapaneseAnalysis analysis = new JapaneseAnalysis();
        Map<String, Analyzer> perField = Map.of(ProcedureFields.NAME_GRAMS, analysis.indexGrams(),
                ProcedureFields.READING_GRAMS, analysis.indexGrams(), ProcedureFields.FORM_GRAMS,
                analysis.indexGrams(), ProcedureFields.TEXT_GRAMS, analysis.indexGrams());
        this.analyzer = new PerFieldAnalyzerWrapper(analysis.words(), perField);
        this.documents = new ProcedureDocuments(analysis);
        this.queries = new ProcedureQueryBuilder(analysis);
        this.current = new IndexGeneration(analyzer, documents);
    }

    @Override
    public void put(Collection<ProcedureId> procedures,
            Function<Collection<ProcedureId>, Collection<SearchDocument>> committedState) {
        if (procedures.isEmpty()) {
            return;
        }
        if (transactions == null || transactions.getTransactionKey() == null
                || transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            refresh(() -> committedState.apply(List.copyOf(procedures)));
            return;
        }
        @SuppressWarnings("unchecked")
        Set<ProcedureId> pending = (Set<ProcedureId>) transactions.getResource(PENDING);
        if (pending == null) {
            pending = new LinkedHashSet<>();
            transactions.putResource(PENDING, pending);
            transactions.registerInterposedSynchronization(afterCommit(pending, committedState));
        }
        pending.addAll(procedures);
    }

    /** Indexes the procedures a transaction changed once it committed, as they are then; nothing if it rolled back. */
    private Synchronization afterCommit(Set<ProcedureId> changed,
            Function<Collection<ProcedureId>, Collection<SearchDocument>> committedState) {
        return new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to prepare: the index follows only what committed
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    try {
                        // read after the commit and applied under the lock: a transaction that
                        // commits later re-reads later, so the newest state is written last
                        refresh(() -> committedState.apply(List.copyOf(changed)));
                    } catch (RuntimeException failed) {
                        LOG.errorf(failed, "Could not index %d committed procedures", changed.size());
                    }
                }
            }
        };
    }

    @Override
    public void refresh(Supplier<Collection<SearchDocument>> currentState) {
        // committed changes apply under the same lock after their commit, so whatever this read
        // misses is written after it
        synchronized (lock) {
            Collection<SearchDocument> changed = currentState.get();
            if (!changed.isEmpty()) {
                current.write(changed);
                if (duringRebuild != null) {
                    duringRebuild.addAll(changed);
                }
            }
        }
    }

    @Override
    public Rebuild startRebuild() {
        IndexGeneration next = new IndexGeneration(analyzer, documents);
        synchronized (lock) {
            duringRebuild = new ArrayList<>();
        }
        return new Rebuild() {
            @Override
            public void add(Collection<SearchDocument> built) {
                next.add(built);
            }

            @Override
            public long finish() {
                IndexGeneration old;
                synchronized (lock) {
                    next.add(duringRebuild);
                    next.refresh();
                    duringRebuild = null;
                    old = current;
                    current = next;
                    ready = true;
                }
                old.close();
                return next.size();
            }
        };
    }

    @Override
    public boolean ready() {
        return ready;
    }

    @Override
    public SearchResults search(SearchProceduresQuery search) {
        try {
            return run(search);
        } catch (IndexSearcher.TooManyClauses tooMany) {
            throw InvalidInput.of("q", "query-too-complex");
        }
    }

    private SearchResults run(SearchProceduresQuery search) {
        int wanted = (search.page() + 1) * search.size();
        IndexGeneration generation = current;
        try {
            IndexSearcher searcher = generation.searchers.acquire();
            IndexSearcher forms = generation.formSearchers.acquire();
            try {
                Query query = queries.query(search, forms);
                TopDocs top = search.text().isEmpty()
                        ? searcher.search(query, new TopFieldCollectorManager(
                                new Sort(new SortField(ProcedureFields.CODE_SORT, SortField.Type.STRING)), wanted,
                                null, Integer.MAX_VALUE))
                        : searcher.search(query, new TopScoreDocCollectorManager(wanted, null, Integer.MAX_VALUE));
                List<SearchResults.Hit> hits = new ArrayList<>();
                ScoreDoc[] docs = top.scoreDocs;
                // one reader of stored fields for the whole page: each one opens its own inputs on every segment
                StoredFields stored = searcher.storedFields();
                for (int i = search.page() * search.size(); i < docs.length; i++) {
                    hits.add(hit(stored.document(docs[i].doc), docs[i].score));
                }
                return new SearchResults(top.totalHits.value, hits);
            } finally {
                generation.formSearchers.release(forms);
                generation.searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        }
    }

    private static SearchResults.Hit hit(Document doc, float score) {
        return new SearchResults.Hit(doc.get(ProcedureFields.ID), doc.get(ProcedureFields.CODE),
                doc.get(ProcedureFields.NAME), doc.get(ProcedureFields.KANA), doc.get(ProcedureFields.CATEGORY),
                doc.get(ProcedureFields.DEPARTMENT), doc.get(ProcedureFields.DEPARTMENT_NAME),
                doc.get(ProcedureFields.DEPARTMENT_NAME_EN), StatusKind.valueOf(doc.get(ProcedureFields.STATUS)),
                Float.isNaN(score) ? 0f : score);
    }

    @Override
    public void close() {
        current.close();
    }
}
