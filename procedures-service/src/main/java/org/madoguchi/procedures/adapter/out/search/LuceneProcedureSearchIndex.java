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
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.jboss.logging.Logger;
import org.madoguchi.platform.failure.InvalidInput;
import org.madoguchi.procedures.application.port.in.ProcedureQueries.SearchResults;
import org.madoguchi.procedures.application.port.in.SearchProceduresQuery;
import org.madoguchi.procedures.application.port.out.ProcedureSearchIndex;
import org.madoguchi.procedures.application.port.out.ProcedureSearchIndex.SearchDocument;
import org.madoguchi.procedures.domain.model.FormKind;
import org.madoguchi.procedures.domain.model.ProcedureId;
import org.madoguchi.procedures.domain.model.StatusKind;

/**
 * The procedure index in Lucene, held in memory and rebuilt from the database at start-up. Each query
 * word must match somewhere: as Kuromoji words in the name, form titles, category, department or
 * description, as character grams of them (partial words), or, for a word in kana, in the readings.
 * Matches in the name weigh most. The procedures a transaction changes are re-read and applied when it
 * commits, under the lock that refreshes take, and the searcher is refreshed before the request
 * returns, so a search right after an edit sees it.
 * <p>
 * Staff find procedures through every published form that serves them: the forms' titles and kinds are
 * fields of the procedure's document. The public finds them only through forms open at the time of the
 * query: each serving form is also a document of a second index, with its open period, which a public
 * query searches first for the procedures whose open forms match.
 */
public class LuceneProcedureSearchIndex implements ProcedureSearchIndex, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LuceneProcedureSearchIndex.class);
    private static final String PENDING = LuceneProcedureSearchIndex.class.getName() + ".pending";

    static final String ID = "id";
    static final String CODE = "code";
    static final String CODE_SORT = "code_sort";
    static final String CODE_WORDS = "code_words";
    static final String NAME = "name";
    static final String NAME_GRAMS = "name_g";
    static final String KANA = "kana";
    static final String READING_GRAMS = "reading_g";
    static final String CATEGORY = "category";
    static final String DESCRIPTION = "description";
    static final String DEPARTMENT_WORDS = "department";
    static final String DEPARTMENT = "dept";
    static final String DEPARTMENT_NAME = "dept_name";
    static final String DEPARTMENT_NAME_EN = "dept_name_en";
    static final String FORMS = "forms";
    static final String FORM_GRAMS = "forms_g";
    static final String TEXT_GRAMS = "text_g";
    static final String STATUS = "status";
    static final String FORM_KIND = "form_kind";
    /** In the forms index: the procedure a form serves. */
    static final String FORM_OF = "form_of";
    /** In the forms index: when a form opens and closes, as epoch milliseconds (unbounded: the extremes). */
    static final String OPENS_AT = "opens_at";
    static final String CLOSES_AT = "closes_at";
    private static final float OPEN_FORM_WEIGHT = 3f;

    /** Fields a query word is looked for in, as Kuromoji words, with their weights. */
    private static final Map<String, Float> WORD_FIELDS = Map.of(NAME, 6f, CODE_WORDS, 4f, FORMS, 3f, CATEGORY, 2f,
            DEPARTMENT_WORDS, 2f, DESCRIPTION, 1f);
    private static final float EXACT_CODE_WEIGHT = 10f;
    /** Fields a query word is looked for in, as character grams, with their weights. */
    private static final Map<String, Float> GRAM_FIELDS = Map.of(NAME_GRAMS, 3f, FORM_GRAMS, 1.5f, TEXT_GRAMS, 0.5f);
    private static final float READING_WEIGHT = 3f;
    /**
     * Most query words that count; further words are ignored. With {@link #MAX_TERMS_PER_WORD} and
     * {@link #MAX_GRAMS_PER_WORD} this keeps a query of 200 characters below Lucene's 1,024 clauses:
     * 8 × (1 + 6 × 8 + 4 × 16) = 904.
     */
    static final int MAX_WORDS = 8;
    /** Most Kuromoji words of one query word that must match; the first ones count. */
    static final int MAX_TERMS_PER_WORD = 8;
    /** Most character grams of one query word that must match; the first ones count. */
    static final int MAX_GRAMS_PER_WORD = 16;

    private final JapaneseAnalysis analysis = new JapaneseAnalysis();
    private final Analyzer analyzer;
    private final TransactionSynchronizationRegistry transactions;
    private final Object lock = new Object();
    private volatile Generation current;
    private volatile boolean ready;
    private List<SearchDocument> duringRebuild;

    /**
     * @param transactions the transactions whose commit applies a change; {@code null} to apply every change at once
     */
    public LuceneProcedureSearchIndex(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
        Map<String, Analyzer> perField = Map.of(NAME_GRAMS, analysis.indexGrams(), READING_GRAMS,
                analysis.indexGrams(), FORM_GRAMS, analysis.indexGrams(), TEXT_GRAMS, analysis.indexGrams());
        this.analyzer = new PerFieldAnalyzerWrapper(analysis.words(), perField);
        this.current = new Generation(analyzer);
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
            Set<ProcedureId> changed = new LinkedHashSet<>();
            transactions.putResource(PENDING, changed);
            transactions.registerInterposedSynchronization(new Synchronization() {
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
            });
            pending = changed;
        }
        pending.addAll(procedures);
    }

    @Override
    public void refresh(Supplier<Collection<SearchDocument>> currentState) {
        // committed changes apply under the same lock after their commit, so whatever this read
        // misses is written after it
        synchronized (lock) {
            Collection<SearchDocument> documents = currentState.get();
            if (!documents.isEmpty()) {
                apply(documents);
            }
        }
    }

    /** Writes documents into the index now and makes them searchable. */
    void apply(Collection<SearchDocument> documents) {
        synchronized (lock) {
            current.write(documents, this);
            if (duringRebuild != null) {
                duringRebuild.addAll(documents);
            }
        }
    }

    @Override
    public Rebuild startRebuild() {
        Generation next = new Generation(analyzer);
        synchronized (lock) {
            duringRebuild = new ArrayList<>();
        }
        return new Rebuild() {
            private long count;

            @Override
            public void add(Collection<SearchDocument> documents) {
                next.add(documents, LuceneProcedureSearchIndex.this);
                count += documents.size();
            }

            @Override
            public long finish() {
                Generation old;
                synchronized (lock) {
                    next.add(duringRebuild, LuceneProcedureSearchIndex.this);
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
        Generation generation = current;
        try {
            IndexSearcher searcher = generation.searchers.acquire();
            IndexSearcher forms = generation.formSearchers.acquire();
            try {
                Query query = query(search, forms);
                TopDocs top = search.text().isEmpty()
                        ? searcher.search(query, new TopFieldCollectorManager(
                                new Sort(new SortField(CODE_SORT, SortField.Type.STRING)), wanted, null,
                                Integer.MAX_VALUE))
                        : searcher.search(query, new TopScoreDocCollectorManager(wanted, null, Integer.MAX_VALUE));
                List<SearchResults.Hit> hits = new ArrayList<>();
                ScoreDoc[] docs = top.scoreDocs;
                for (int i = search.page() * search.size(); i < docs.length; i++) {
                    Document doc = searcher.storedFields().document(docs[i].doc);
                    hits.add(new SearchResults.Hit(doc.get(ID), doc.get(CODE), doc.get(NAME), doc.get(KANA),
                            doc.get(CATEGORY), doc.get(DEPARTMENT), doc.get(DEPARTMENT_NAME),
                            doc.get(DEPARTMENT_NAME_EN), StatusKind.valueOf(doc.get(STATUS)),
                            Float.isNaN(docs[i].score) ? 0f : docs[i].score));
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

    /**
     * The Lucene query of a search: every word must match somewhere, filters must hold. A search that
     * counts open forms only looks their titles and kinds up in {@code forms} first.
     */
    Query query(SearchProceduresQuery search, IndexSearcher forms) throws IOException {
        OpenForms openForms = search.formsOpenAt() == null ? null
                : new OpenForms(forms, search.formsOpenAt().toEpochMilli());
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        boolean anyWord = false;
        int words = 0;
        for (String word : search.text().split("[\\s\\u3000]+")) {
            if (word.isBlank()) {
                continue;
            }
            if (++words > MAX_WORDS) {
                break;
            }
            Query wordQuery = wordQuery(word, openForms);
            if (wordQuery != null) {
                all.add(wordQuery, BooleanClause.Occur.MUST);
                anyWord = true;
            }
        }
        if (!anyWord) {
            all.add(new MatchAllDocsQuery(), search.text().isEmpty() ? BooleanClause.Occur.MUST
                    : BooleanClause.Occur.MUST_NOT);
            if (!search.text().isEmpty()) {
                all.add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER);
            }
        }
        if (search.department() != null) {
            all.add(new TermQuery(new Term(DEPARTMENT, search.department().value())), BooleanClause.Occur.FILTER);
        }
        if (search.status() != null) {
            all.add(new TermQuery(new Term(STATUS, search.status().name())), BooleanClause.Occur.FILTER);
        }
        if (search.onlineOnly()) {
            all.add(new TermQuery(new Term(STATUS, StatusKind.COMPLETED.name())), BooleanClause.Occur.FILTER);
        }
        if (search.formKind() != null) {
            Query kind = new TermQuery(new Term(FORM_KIND, search.formKind().name()));
            all.add(openForms == null ? kind : openForms.procedures(kind), BooleanClause.Occur.FILTER);
        }
        return all.build();
    }

    private Query wordQuery(String word, OpenForms openForms) throws IOException {
        BooleanQuery.Builder anyField = new BooleanQuery.Builder();
        anyField.add(new BoostQuery(new TermQuery(new Term(CODE, word)), EXACT_CODE_WEIGHT), BooleanClause.Occur.SHOULD);
        int clauses = 1;
        List<String> words = firstDistinct(analysis.queryWords(NAME, word), MAX_TERMS_PER_WORD);
        if (!words.isEmpty()) {
            for (Map.Entry<String, Float> field : WORD_FIELDS.entrySet()) {
                if (openForms != null && field.getKey().equals(FORMS)) {
                    continue;
                }
                anyField.add(new BoostQuery(conjunction(field.getKey(), words), field.getValue()),
                        BooleanClause.Occur.SHOULD);
                clauses++;
            }
        }
        List<String> grams = firstDistinct(analysis.queryGrams(NAME_GRAMS, word), MAX_GRAMS_PER_WORD);
        if (!grams.isEmpty()) {
            for (Map.Entry<String, Float> field : GRAM_FIELDS.entrySet()) {
                if (openForms != null && field.getKey().equals(FORM_GRAMS)) {
                    continue;
                }
                anyField.add(new BoostQuery(conjunction(field.getKey(), grams), field.getValue()),
                        BooleanClause.Occur.SHOULD);
                clauses++;
            }
            if (JapaneseAnalysis.isKana(word)) {
                anyField.add(new BoostQuery(conjunction(READING_GRAMS, grams), READING_WEIGHT),
                        BooleanClause.Occur.SHOULD);
                clauses++;
            }
        }
        if (openForms != null && (!words.isEmpty() || !grams.isEmpty())) {
            BooleanQuery.Builder title = new BooleanQuery.Builder();
            if (!words.isEmpty()) {
                title.add(conjunction(FORMS, words), BooleanClause.Occur.SHOULD);
            }
            if (!grams.isEmpty()) {
                title.add(conjunction(FORM_GRAMS, grams), BooleanClause.Occur.SHOULD);
            }
            anyField.add(new BoostQuery(openForms.procedures(title.build()), OPEN_FORM_WEIGHT),
                    BooleanClause.Occur.SHOULD);
            clauses++;
        }
        return clauses == 0 ? null : anyField.build();
    }

    /** The forms open at an instant, in the forms index, and the procedures they serve. */
    private record OpenForms(IndexSearcher forms, long at) {

        /** The procedures served by an open form that matches {@code formQuery}, as a query of procedures. */
        Query procedures(Query formQuery) throws IOException {
            Query open = new BooleanQuery.Builder().add(formQuery, BooleanClause.Occur.MUST)
                    .add(LongPoint.newRangeQuery(OPENS_AT, Long.MIN_VALUE, at), BooleanClause.Occur.FILTER)
                    .add(LongPoint.newRangeQuery(CLOSES_AT, at == Long.MAX_VALUE ? at : at + 1, Long.MAX_VALUE),
                            BooleanClause.Occur.FILTER)
                    .build();
            int count = forms.count(open);
            if (count == 0) {
                return new MatchNoDocsQuery();
            }
            Set<BytesRef> procedures = new LinkedHashSet<>();
            StoredFields stored = forms.storedFields();
            for (ScoreDoc hit : forms.search(open, count).scoreDocs) {
                procedures.add(new BytesRef(stored.document(hit.doc).get(FORM_OF)));
            }
            return new TermInSetQuery(ID, procedures);
        }
    }

    private static List<String> firstDistinct(List<String> terms, int most) {
        List<String> distinct = List.copyOf(new LinkedHashSet<>(terms));
        return distinct.subList(0, Math.min(most, distinct.size()));
    }

    private static Query conjunction(String field, List<String> terms) {
        if (terms.size() == 1) {
            return new TermQuery(new Term(field, terms.get(0)));
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String term : terms) {
            all.add(new TermQuery(new Term(field, term)), BooleanClause.Occur.MUST);
        }
        return all.build();
    }

    Document document(SearchDocument source) {
        Document doc = new Document();
        doc.add(new StringField(ID, source.procedureId(), Field.Store.YES));
        doc.add(new StringField(CODE, source.code(), Field.Store.YES));
        doc.add(new SortedDocValuesField(CODE_SORT, new BytesRef(source.code())));
        doc.add(new TextField(CODE_WORDS, source.code(), Field.Store.NO));
        doc.add(new TextField(NAME, source.name(), Field.Store.YES));
        doc.add(new TextField(NAME_GRAMS, source.name(), Field.Store.NO));
        doc.add(new StoredField(KANA, source.kana()));
        doc.add(new TextField(READING_GRAMS, source.kana(), Field.Store.NO));
        doc.add(new TextField(READING_GRAMS, analysis.readingOf(source.name()), Field.Store.NO));
        doc.add(new TextField(CATEGORY, source.category(), Field.Store.YES));
        doc.add(new TextField(DESCRIPTION, source.description(), Field.Store.NO));
        doc.add(new TextField(DEPARTMENT_WORDS, source.departmentName() + " " + source.departmentNameEn(),
                Field.Store.NO));
        doc.add(new StringField(DEPARTMENT, source.departmentCode(), Field.Store.YES));
        doc.add(new StoredField(DEPARTMENT_NAME, source.departmentName()));
        doc.add(new StoredField(DEPARTMENT_NAME_EN, source.departmentNameEn()));
        for (String title : source.formTitles()) {
            doc.add(new TextField(FORMS, title, Field.Store.NO));
            doc.add(new TextField(FORM_GRAMS, title, Field.Store.NO));
        }
        doc.add(new TextField(TEXT_GRAMS, source.description(), Field.Store.NO));
        doc.add(new TextField(TEXT_GRAMS, source.category(), Field.Store.NO));
        doc.add(new TextField(TEXT_GRAMS, source.departmentName(), Field.Store.NO));
        doc.add(new StringField(STATUS, source.status().name(), Field.Store.YES));
        for (FormKind kind : source.formKinds()) {
            doc.add(new StringField(FORM_KIND, kind.name(), Field.Store.NO));
        }
        return doc;
    }

    /** The serving forms of a procedure as documents of the forms index. */
    List<Document> formDocuments(SearchDocument source) {
        List<Document> documents = new ArrayList<>(source.servingForms().size());
        for (SearchDocument.ServingForm form : source.servingForms()) {
            Document doc = new Document();
            doc.add(new StringField(FORM_OF, source.procedureId(), Field.Store.YES));
            for (String title : form.titles()) {
                doc.add(new TextField(FORMS, title, Field.Store.NO));
                doc.add(new TextField(FORM_GRAMS, title, Field.Store.NO));
            }
            doc.add(new StringField(FORM_KIND, form.kind().name(), Field.Store.NO));
            doc.add(new LongPoint(OPENS_AT, form.opensAt() == null ? Long.MIN_VALUE : form.opensAt().toEpochMilli()));
            doc.add(new LongPoint(CLOSES_AT,
                    form.closesAt() == null ? Long.MAX_VALUE : form.closesAt().toEpochMilli()));
            documents.add(doc);
        }
        return documents;
    }

    @Override
    public void close() {
        current.close();
    }

    /** One index of procedures and its index of their serving forms: directories, writers and searchers. */
    private static final class Generation {

        private final Directory directory = new ByteBuffersDirectory();
        private final IndexWriter writer;
        private final SearcherManager searchers;
        private final Directory formDirectory = new ByteBuffersDirectory();
        private final IndexWriter formWriter;
        private final SearcherManager formSearchers;

        Generation(Analyzer analyzer) {
            try {
                IndexWriterConfig config = new IndexWriterConfig(analyzer);
                config.setRAMBufferSizeMB(64);
                writer = new IndexWriter(directory, config);
                searchers = new SearcherManager(writer, null);
                formWriter = new IndexWriter(formDirectory, new IndexWriterConfig(analyzer));
                formSearchers = new SearcherManager(formWriter, null);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open the search index", e);
            }
        }

        /** Adds or replaces documents and refreshes the searcher. */
        void write(Collection<SearchDocument> documents, LuceneProcedureSearchIndex index) {
            if (documents.isEmpty()) {
                return;
            }
            try {
                for (SearchDocument document : documents) {
                    writer.updateDocument(new Term(ID, document.procedureId()), index.document(document));
                    writeForms(document, index);
                }
                formSearchers.maybeRefreshBlocking();
                searchers.maybeRefreshBlocking();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot index procedures", e);
            }
        }

        /** Replaces the serving forms of a procedure in the forms index. */
        private void writeForms(SearchDocument document, LuceneProcedureSearchIndex index) throws IOException {
            Term formsOf = new Term(FORM_OF, document.procedureId());
            List<Document> forms = index.formDocuments(document);
            if (forms.isEmpty()) {
                formWriter.deleteDocuments(formsOf);
            } else {
                formWriter.updateDocuments(formsOf, forms);
            }
        }

        /** Adds documents known to be new, without refreshing (bulk load). */
        void add(Collection<SearchDocument> documents, LuceneProcedureSearchIndex index) {
            try {
                for (SearchDocument document : documents) {
                    writer.updateDocument(new Term(ID, document.procedureId()), index.document(document));
                    writeForms(document, index);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot index procedures", e);
            }
        }

        void refresh() {
            try {
                formSearchers.maybeRefreshBlocking();
                searchers.maybeRefreshBlocking();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        long size() {
            try {
                IndexSearcher searcher = searchers.acquire();
                try {
                    return searcher.getIndexReader().numDocs();
                } finally {
                    searchers.release(searcher);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void close() {
            try {
                searchers.close();
                writer.close();
                directory.close();
                formSearchers.close();
                formWriter.close();
                formDirectory.close();
            } catch (IOException e) {
                LOG.warn("Could not close a search index generation", e);
            }
        }
    }
}
