package org.madoguchi.procedures.adapter.out.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.jboss.logging.Logger;
import org.madoguchi.procedures.application.port.out.ProcedureSearchIndex.SearchDocument;

/**
 * One generation of the index in memory: the index of procedures and the index of the forms that serve
 * them, each with its writer and its searchers. A rebuild fills a new generation beside the current one,
 * which then takes over.
 */
final class IndexGeneration implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(IndexGeneration.class);

    private final ProcedureDocuments documents;
    private final Directory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    final SearcherManager searchers;
    private final Directory formDirectory = new ByteBuffersDirectory();
    private final IndexWriter formWriter;
    final SearcherManager formSearchers;

    IndexGeneration(Analyzer analyzer, ProcedureDocuments documents) {
        this.documents = documents;
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

    /** Adds or replaces documents and makes them searchable. */
    void write(Collection<SearchDocument> changed) {
        if (changed.isEmpty()) {
            return;
        }
        add(changed);
        refresh();
    }

    /** Adds or replaces documents without making them searchable yet (bulk load; {@link #refresh} does). */
    void add(Collection<SearchDocument> changed) {
        try {
            for (SearchDocument document : changed) {
                writer.updateDocument(new Term(ProcedureFields.ID, document.procedureId()),
                        documents.procedure(document));
                writeForms(document);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index procedures", e);
        }
    }

    /** Replaces the serving forms of a procedure in the forms index. */
    private void writeForms(SearchDocument document) throws IOException {
        Term formsOf = new Term(ProcedureFields.FORM_OF, document.procedureId());
        List<Document> forms = documents.servingForms(document);
        if (forms.isEmpty()) {
            formWriter.deleteDocuments(formsOf);
        } else {
            formWriter.updateDocuments(formsOf, forms);
        }
    }

    /** Makes what was written searchable. */
    void refresh() {
        try {
            formSearchers.maybeRefreshBlocking();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot refresh the search index", e);
        }
    }

    /** How many procedures it holds. */
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

    @Override
    public void close() {
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
