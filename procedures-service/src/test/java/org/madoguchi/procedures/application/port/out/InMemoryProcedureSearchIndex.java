package org.madoguchi.procedures.application.port.out;

import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.madoguchi.procedures.application.port.in.ProcedureQueries.SearchResults;
import org.madoguchi.procedures.application.port.in.SearchProceduresQuery;
import org.madoguchi.procedures.domain.model.FormKind;
import org.madoguchi.procedures.domain.model.ProcedureId;
import org.madoguchi.procedures.domain.model.StatusKind;

/**
 * {@link ProcedureSearchIndex} in memory, held to {@link ProcedureSearchIndexContract} like the Lucene
 * adapter: a query word matches where it occurs in a text after width, case and kana folding, and a
 * procedure scores by the weight of the fields it matched in (the name most, an exact code above all).
 */
public final class InMemoryProcedureSearchIndex implements ProcedureSearchIndex {

    private static final String PENDING = InMemoryProcedureSearchIndex.class.getName() + ".pending";
    private static final int MAX_WORDS = 8;

    private final TransactionSynchronizationRegistry transactions;
    private Map<String, SearchDocument> documents = new LinkedHashMap<>();
    private Map<String, SearchDocument> changedDuringRebuild;
    private boolean ready;

    /** An index that applies every change at once. */
    public InMemoryProcedureSearchIndex() {
        this(null);
    }

    /** An index that applies the changes of a transaction when it commits. */
    public InMemoryProcedureSearchIndex(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    /** What the index holds now, by procedure id. */
    public Map<String, SearchDocument> documents() {
        return Collections.unmodifiableMap(documents);
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
                    // the index follows only what committed
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        refresh(() -> committedState.apply(List.copyOf(changed)));
                    }
                }
            });
            pending = changed;
        }
        pending.addAll(procedures);
    }

    @Override
    public void refresh(Supplier<Collection<SearchDocument>> currentState) {
        for (SearchDocument document : currentState.get()) {
            documents.put(document.procedureId(), document);
            if (changedDuringRebuild != null) {
                changedDuringRebuild.put(document.procedureId(), document);
            }
        }
    }

    @Override
    public Rebuild startRebuild() {
        Map<String, SearchDocument> next = new LinkedHashMap<>();
        changedDuringRebuild = new LinkedHashMap<>();
        return new Rebuild() {
            @Override
            public void add(Collection<SearchDocument> added) {
                added.forEach(d -> next.put(d.procedureId(), d));
            }

            @Override
            public long finish() {
                next.putAll(changedDuringRebuild);
                changedDuringRebuild = null;
                documents = next;
                ready = true;
                return next.size();
            }
        };
    }

    @Override
    public boolean ready() {
        return ready;
    }

    @Override
    public SearchResults search(SearchProceduresQuery query) {
        List<String> words = words(query.text());
        List<SearchResults.Hit> hits = new ArrayList<>();
        for (SearchDocument document : documents.values()) {
            if (passesFilters(document, query)) {
                float score = score(document, words, query.formsOpenAt());
                if (words.isEmpty() || score > 0) {
                    hits.add(hit(document, score));
                }
            }
        }
        hits.sort(words.isEmpty() ? Comparator.comparing(SearchResults.Hit::code)
                : Comparator.comparing(SearchResults.Hit::score).reversed());
        int from = Math.min(hits.size(), query.page() * query.size());
        return new SearchResults(hits.size(), hits.subList(from, Math.min(hits.size(), from + query.size())));
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.split("[\\s\\u3000]+")) {
            if (!word.isBlank() && words.size() < MAX_WORDS) {
                words.add(word);
            }
        }
        return words;
    }

    private static boolean passesFilters(SearchDocument document, SearchProceduresQuery query) {
        if (query.department() != null && !query.department().value().equals(document.departmentCode())) {
            return false;
        }
        if (query.status() != null && query.status() != document.status()) {
            return false;
        }
        if (query.onlineOnly() && document.status() != StatusKind.COMPLETED) {
            return false;
        }
        return query.formKind() == null || formKinds(document, query.formsOpenAt()).contains(query.formKind());
    }

    /** The sum over the words of the weights of the fields each occurs in; 0 when a word occurs nowhere. */
    private static float score(SearchDocument document, List<String> words, Instant formsOpenAt) {
        float total = 0;
        for (String word : words) {
            String folded = fold(word);
            float score = document.code().equals(word) ? 10 : 0;
            score += weight(folded, 6, document.name()) + weight(folded, 4, document.code())
                    + weight(folded, 3, String.join(" ", formTitles(document, formsOpenAt)))
                    + weight(folded, 3, document.kana()) + weight(folded, 2, document.category())
                    + weight(folded, 2, document.departmentName() + " " + document.departmentNameEn())
                    + weight(folded, 1, document.description());
            if (score == 0) {
                return 0;
            }
            total += score;
        }
        return total;
    }

    private static float weight(String foldedWord, float weight, String text) {
        return text != null && fold(text).contains(foldedWord) ? weight : 0;
    }

    /** Full and half width alike, lower case, katakana as hiragana. */
    private static String fold(String text) {
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder folded = new StringBuilder(normalized.length());
        for (char c : normalized.toCharArray()) {
            folded.append(c >= 'ァ' && c <= 'ヶ' ? (char) (c - 0x60) : c);
        }
        return folded.toString();
    }

    private static List<String> formTitles(SearchDocument document, Instant openAt) {
        if (openAt == null) {
            return document.formTitles();
        }
        return document.servingForms().stream().filter(f -> isOpen(f, openAt))
                .flatMap(f -> f.titles().stream()).toList();
    }

    private static Set<FormKind> formKinds(SearchDocument document, Instant openAt) {
        if (openAt == null) {
            return document.formKinds();
        }
        Set<FormKind> kinds = new LinkedHashSet<>();
        document.servingForms().stream().filter(f -> isOpen(f, openAt)).forEach(f -> kinds.add(f.kind()));
        return kinds;
    }

    private static boolean isOpen(SearchDocument.ServingForm form, Instant at) {
        return (form.opensAt() == null || !at.isBefore(form.opensAt()))
                && (form.closesAt() == null || at.isBefore(form.closesAt()));
    }

    private static SearchResults.Hit hit(SearchDocument document, float score) {
        return new SearchResults.Hit(document.procedureId(), document.code(), document.name(), document.kana(),
                document.category(), document.departmentCode(), document.departmentName(),
                document.departmentNameEn(), document.status(), score);
    }
}
