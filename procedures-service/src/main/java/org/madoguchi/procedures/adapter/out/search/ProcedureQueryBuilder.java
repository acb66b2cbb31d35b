package org.madoguchi.procedures.adapter.out.search;

import static org.madoguchi.procedures.adapter.out.search.ProcedureFields.CATEGORY;
import static org.madoguchi.procedures.adapter.out.search.ProcedureFields.CODE;
import static org.madoguchi.procedures.adapter.out.search.ProcedureFields.CODE_WORDS;
import static org.madoguchi.procedures.adapter.out.search.ProcedureFields.DEPARTMENT;
import static org.madoguchi.procedures.adapter.out.search.ProcedureFields.DEPARTMENT_WORDS;
import static org.madoguchi.procedures.adapter.out.search.ProcedureFields.DESCRIPTION;
import static org.madoguchi.procedures.adapter.out.search.ProcedureFields.FORMS;
import static org.madoguchi.procedures.adapter.out.search.ProcedureFields.FORM_GRAMS;
import static org.madoguchi.procedures.adapter.out.search.ProcedureFields.FORM_KIND;
import static org.madoguchi.procedures.adapter.out.search.ProcedureFields.NAME;
import static org.madoguchi.procedures.adapter.out.search.ProcedureFields.NAME_GRAMS;
import static org.madoguchi.procedures.adapter.out.search.ProcedureFields.READING_GRAMS;
import static org.madoguchi.procedures.adapter.out.search.ProcedureFields.STATUS;
import static org.madoguchi.procedures.adapter.out.search.ProcedureFields.TEXT_GRAMS;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.madoguchi.procedures.application.port.in.SearchProceduresQuery;
import org.madoguchi.procedures.domain.model.StatusKind;

/**
 * The Lucene query of a search: each query word must match somewhere, as Kuromoji words in the name,
 * form titles, category, department or description, as character grams of them (parts of words), or,
 * for a word in kana, in the readings; matches in the name weigh most, an exact code most of all. The
 * filters must hold. A search that counts open forms only looks their titles and kinds up in the forms
 * index first.
 */
final class ProcedureQueryBuilder {

    /** Fields a query word is looked for in, as Kuromoji words, with their weights. */
    private static final Map<String, Float> WORD_FIELDS = Map.of(NAME, 6f, CODE_WORDS, 4f, FORMS, 3f, CATEGORY, 2f,
            DEPARTMENT_WORDS, 2f, DESCRIPTION, 1f);
    private static final float EXACT_CODE_WEIGHT = 10f;
    /** Fields a query word is looked for in, as character grams, with their weights. */
    private static final Map<String, Float> GRAM_FIELDS = Map.of(NAME_GRAMS, 3f, FORM_GRAMS, 1.5f, TEXT_GRAMS, 0.5f);
    private static final float READING_WEIGHT = 3f;
    private static final float OPEN_FORM_WEIGHT = 3f;
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

    private final JapaneseAnalysis analysis;

    ProcedureQueryBuilder(JapaneseAnalysis analysis) {
        this.analysis = analysis;
    }

    /** The query of a search; {@code forms} searches the forms index when the search counts open forms only. */
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
}
