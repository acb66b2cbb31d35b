package org.madoguchi.procedures.application.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.madoguchi.procedures.application.port.in.ProcedureQueries.SearchResults;
import org.madoguchi.procedures.application.port.in.SearchProceduresQuery;
import org.madoguchi.procedures.domain.model.FormKind;
import org.madoguchi.procedures.domain.model.ProcedureId;
import org.madoguchi.procedures.domain.model.StatusKind;

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
    SearchResults search(SearchProceduresQuery query);

    /** Whether the index has been built and answers queries. */
    boolean ready();

    /** A new index being built. */
    interface Rebuild {

        /** Adds documents to the new index. */
        void add(Collection<SearchDocument> documents);

        /** Makes the new index the one that answers queries; returns how many documents it holds. */
        long finish();
    }

    /**
     * What the search index knows of one procedure: the texts a query looks through and the facts it
     * filters on.
     *
     * @param procedureId      the procedure's id
     * @param code             its code
     * @param name             手続き名
     * @param kana             よみがな
     * @param category         分類
     * @param description      説明
     * @param departmentCode   the owning department's code
     * @param departmentName   its Japanese name
     * @param departmentNameEn its English name
     * @param status           its online-ization status
     * @param formTitles       titles (Japanese and English) of the published forms that serve it, open or not
     *                         (staff find procedures through them)
     * @param formKinds        kinds of those forms
     * @param servingForms     the same forms one by one with their open periods (the public finds procedures
     *                         through the forms open at the time of the query only)
     */
    record SearchDocument(String procedureId, String code, String name, String kana, String category,
            String description, String departmentCode, String departmentName, String departmentNameEn,
            StatusKind status, List<String> formTitles, Set<FormKind> formKinds, List<ServingForm> servingForms) {

        public SearchDocument {
            Objects.requireNonNull(procedureId, "procedureId");
            formTitles = List.copyOf(formTitles);
            formKinds = Set.copyOf(formKinds);
            servingForms = List.copyOf(servingForms);
        }

        /** A document whose forms' periods are not known: only staff queries find it through its forms. */
        public SearchDocument(String procedureId, String code, String name, String kana, String category,
                String description, String departmentCode, String departmentName, String departmentNameEn,
                StatusKind status, List<String> formTitles, Set<FormKind> formKinds) {
            this(procedureId, code, name, kana, category, description, departmentCode, departmentName, departmentNameEn,
                    status, formTitles, formKinds, List.of());
        }

        /**
         * A published form that serves the procedure.
         *
         * @param titles   its Japanese and English titles
         * @param kind     its kind
         * @param opensAt  when it opens; {@code null}: open since it was published
         * @param closesAt when it closes; {@code null}: open until it is closed
         */
        public record ServingForm(List<String> titles, FormKind kind, Instant opensAt, Instant closesAt) {

            public ServingForm {
                titles = List.copyOf(titles);
                Objects.requireNonNull(kind, "kind");
            }
        }
    }
}
