package org.madoguchi.procedures.adapter.out.search;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The forms open at an instant, in the forms index, and the procedures they serve.
 *
 * @param forms a searcher of the forms index
 * @param at    the instant, as epoch milliseconds
 */
record OpenForms(IndexSearcher forms, long at) {

    /** The procedures served by an open form that matches {@code formQuery}, as a query of procedures. */
    Query procedures(Query formQuery) throws IOException {
        Query open = new BooleanQuery.Builder().add(formQuery, BooleanClause.Occur.MUST)
                .add(LongPoint.newRangeQuery(ProcedureFields.OPENS_AT, Long.MIN_VALUE, at), BooleanClause.Occur.FILTER)
                .add(LongPoint.newRangeQuery(ProcedureFields.CLOSES_AT, at == Long.MAX_VALUE ? at : at + 1,
                        Long.MAX_VALUE), BooleanClause.Occur.FILTER)
                .build();
        int count = forms.count(open);
        if (count == 0) {
            return new MatchNoDocsQuery();
        }
        Set<BytesRef> procedures = new LinkedHashSet<>();
        StoredFields stored = forms.storedFields();
        for (ScoreDoc hit : forms.search(open, count).scoreDocs) {
            procedures.add(new BytesRef(stored.document(hit.doc).get(ProcedureFields.FORM_OF)));
        }
        return new TermInSetQuery(ProcedureFields.ID, procedures);
    }
}
