package org.madoguchi.procedures.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.madoguchi.procedures.application.port.in.ProcedureQueries.SearchResults;
import org.madoguchi.procedures.application.port.in.ProcedureQueries.SearchResults.Hit;
import org.madoguchi.procedures.application.port.in.SearchProceduresQuery;
import org.madoguchi.procedures.application.port.out.ProcedureSearchIndex.Rebuild;
import org.madoguchi.procedures.application.port.out.ProcedureSearchIndex.SearchDocument;
import org.madoguchi.procedures.application.port.out.ProcedureSearchIndex.SearchDocument.ServingForm;
import org.madoguchi.procedures.domain.model.DepartmentCode;
import org.madoguchi.procedures.domain.model.FormKind;
import org.madoguchi.procedures.domain.model.ProcedureId;
import org.madoguchi.procedures.domain.model.StatusKind;

/**
 * What every {@link ProcedureSearchIndex} does, the in-memory fake and Lucene alike: it is ready once built,
 * finds a procedure by any word of what it indexed (every word must match; the name weighs most, an exact
 * code ranks first), filters and pages, replaces a procedure's document when it changes, follows
 * transactions (a change counts once committed, as committed), keeps answering from the old index while a
 * new one is built, and lets the public find procedures only through forms open at the time of the query.
 * How Japanese words are split and weighed beyond that is Lucene's alone ({@code JapaneseSearchIndexTest}).
 */
public abstract class ProcedureSearchIndexContract {

    private static final Instant OPENS = Instant.parse("2090-04-01T00:00:00Z");
    private static final Instant CLOSES = Instant.parse("2090-05-01T00:00:00Z");
    private static final DepartmentCode KENKO = new DepartmentCode("kenko-kosodate");
    private static final DepartmentCode SHIMINZEI = new DepartmentCode("shiminzei");

    private static final SearchDocument PREGNANCY = document("K-1", "妊娠届", "にんしんとどけ", "妊娠したときに届け出てください。",
            KENKO, StatusKind.COMPLETED, List.of("妊娠届出フォーム"), Set.of(FormKind.PROCEDURE),
            List.of(new ServingForm(List.of("妊娠届出フォーム"), FormKind.PROCEDURE, null, null)));
    private static final SearchDocument CHECK_UP = document("K-2", "妊婦健康診査費助成申請", "にんぷけんこうしんさひじょせいしんせい",
            "妊娠中の健診費用を助成します。", KENKO, StatusKind.PLANNED, List.of(), Set.of(), List.of());
    private static final SearchDocument TAX_EXTENSION = document("Z-1", "市税期限延長申請", "しぜいきげんえんちょうしんせい",
            "災害などで納期限を延長します。", SHIMINZEI, StatusKind.COMPLETED, List.of(), Set.of(), List.of());
    private static final SearchDocument DIRECT_DEBIT = document("Z-2", "口座振替申込", "こうざふりかえもうしこみ", "口座振替の申込です。",
            SHIMINZEI, StatusKind.REVISED, List.of(), Set.of(), List.of());
    private static final SearchDocument DOG = document("X-1", "犬の登録", "いぬのとうろく", "犬を飼い始めたときの届出です。", KENKO,
            StatusKind.NOT_PLANNED, List.of(), Set.of(), List.of());
    private static final SearchDocument ALLOWANCE = document("P-1", "児童手当認定請求", "じどうてあてにんていせいきゅう",
            "児童手当を受けるための請求です。", KENKO, StatusKind.COMPLETED, List.of("児童手当オンライン申請"),
            Set.of(FormKind.PROCEDURE),
            List.of(new ServingForm(List.of("児童手当オンライン申請"), FormKind.PROCEDURE, OPENS, CLOSES)));

    private InterleavedTransactions transactions;
    private ProcedureSearchIndex index;

    /** A new, empty index that follows these transactions. */
    protected abstract ProcedureSearchIndex index(InterleavedTransactions transactions);

    /** Releases what the index holds: nothing for a fake. */
    protected void close(ProcedureSearchIndex index) {
    }

    @BeforeEach
    final void begin_with_an_index_not_built_yet() {
        transactions = new InterleavedTransactions();
        index = index(transactions);
    }

    @AfterEach
    final void end() {
        close(index);
    }

    private static SearchDocument document(String code, String name, String kana, String description,
            DepartmentCode department, StatusKind status, List<String> forms, Set<FormKind> kinds,
            List<ServingForm> serving) {
        boolean kenko = department.equals(KENKO);
        return new SearchDocument(UUID.randomUUID().toString(), code, name, kana, "申請", description, department.value(),
                kenko ? "健康・子育て推進課" : "市民税課",
                kenko ? "Health and Child-Rearing Promotion Division" : "Municipal Tax Division", status, forms, kinds,
                serving);
    }

    private static SearchDocument with(SearchDocument d, String name, String description, StatusKind status) {
        return new SearchDocument(d.procedureId(), d.code(), name, d.kana(), d.category(), description,
                d.departmentCode(), d.departmentName(), d.departmentNameEn(), status, d.formTitles(), d.formKinds(),
                d.servingForms());
    }

    private static SearchDocument with(SearchDocument d, StatusKind status) {
        return with(d, d.name(), d.description(), status);
    }

    private static ProcedureId id(SearchDocument d) {
        return new ProcedureId(UUID.fromString(d.procedureId()));
    }

    private void build(SearchDocument... documents) {
        Rebuild rebuild = index.startRebuild();
        rebuild.add(List.of(documents));
        rebuild.finish();
    }

    private void build() {
        build(DIRECT_DEBIT, PREGNANCY, TAX_EXTENSION, CHECK_UP);
    }

    private static SearchProceduresQuery query(String text) {
        return new SearchProceduresQuery(text, null, null, null, false, 0, 10);
    }

    private List<String> codes(String text) {
        return codes(query(text));
    }

    private List<String> codes(SearchProceduresQuery query) {
        return index.search(query).hits().stream().map(Hit::code).toList();
    }

    private StatusKind status(String code) {
        return index.search(query("")).hits().stream().filter(h -> h.code().equals(code)).findFirst().orElseThrow()
                .status();
    }

    @Test
    void it_is_not_ready_until_its_first_build_has_finished_and_counts_what_it_holds() {
        assertThat(index.ready()).isFalse();
        Rebuild rebuild = index.startRebuild();
        rebuild.add(List.of(PREGNANCY, CHECK_UP));
        rebuild.add(List.of(TAX_EXTENSION, DIRECT_DEBIT));

        assertThat(index.ready()).isFalse();
        assertThat(rebuild.finish()).isEqualTo(4);
        assertThat(index.ready()).isTrue();
    }

    @Test
    void a_blank_query_lists_every_procedure_by_code_without_a_score() {
        build();

        SearchResults all = index.search(query(" "));

        assertThat(all.total()).isEqualTo(4);
        assertThat(all.hits()).extracting(Hit::code).containsExactly("K-1", "K-2", "Z-1", "Z-2");
        assertThat(all.hits()).extracting(Hit::score).containsOnly(0f);
    }

    @Test
    void a_hit_tells_what_was_indexed_of_its_procedure() {
        build();

        assertThat(index.search(query("延長")).hits()).singleElement().usingRecursiveComparison()
                .ignoringFields("score").isEqualTo(new Hit(TAX_EXTENSION.procedureId(), "Z-1", "市税期限延長申請",
                        "しぜいきげんえんちょうしんせい", "申請", "shiminzei", "市民税課", "Municipal Tax Division",
                        StatusKind.COMPLETED, 0f));
    }

    @Test
    void a_word_is_found_in_the_name_the_description_the_department_and_the_titles_of_forms() {
        build();

        assertThat(codes("延長")).containsExactly("Z-1");
        assertThat(codes("健診")).containsExactly("K-2");
        assertThat(codes("市民税課")).containsExactlyInAnyOrder("Z-1", "Z-2");
        assertThat(codes("tax")).containsExactlyInAnyOrder("Z-1", "Z-2");
        assertThat(codes("フォーム")).containsExactly("K-1");
        assertThat(codes("転入")).isEmpty();
    }

    @Test
    void every_word_of_a_query_must_match_somewhere() {
        build();

        assertThat(codes("妊娠 助成")).containsExactly("K-2");
        assertThat(codes("妊娠　延長")).isEmpty();
    }

    @Test
    void the_reading_finds_a_procedure_in_hiragana_katakana_and_half_width_katakana() {
        build();

        for (String reading : List.of("にんしん", "ニンシン", "ﾆﾝｼﾝ")) {
            assertThat(codes(reading)).as(reading).containsExactly("K-1");
        }
    }

    @Test
    void a_match_in_the_name_ranks_above_a_match_in_the_description_and_an_exact_code_first() {
        build();

        assertThat(codes("妊娠")).containsExactly("K-1", "K-2");
        assertThat(codes("K-2")).first().isEqualTo("K-2");
    }

    @Test
    void filters_narrow_by_department_status_online_and_form_kind() {
        build();

        assertThat(codes(new SearchProceduresQuery("", SHIMINZEI, null, null, true, 0, 10))).containsExactly("Z-1");
        assertThat(codes(new SearchProceduresQuery("", null, StatusKind.PLANNED, null, false, 0, 10)))
                .containsExactly("K-2");
        assertThat(codes(new SearchProceduresQuery("", null, null, FormKind.PROCEDURE, false, 0, 10)))
                .containsExactly("K-1");
        assertThat(codes(new SearchProceduresQuery("申請", KENKO, null, null, false, 0, 10)))
                .containsExactlyInAnyOrder("K-1", "K-2");
    }

    @Test
    void pages_hold_the_total_and_a_slice_of_the_matches() {
        build();

        SearchResults second = index.search(new SearchProceduresQuery("", null, null, null, false, 1, 3));
        SearchResults beyond = index.search(new SearchProceduresQuery("", null, null, null, false, 2, 3));

        assertThat(second.total()).isEqualTo(4);
        assertThat(second.hits()).extracting(Hit::code).containsExactly("Z-2");
        assertThat(beyond.total()).isEqualTo(4);
        assertThat(beyond.hits()).isEmpty();
    }

    @Test
    void a_refresh_replaces_the_document_of_the_same_procedure() {
        build();

        index.refresh(() -> List.of(with(DIRECT_DEBIT, "口座振替依頼", "口座振替の依頼です。", StatusKind.ABOLISHED)));

        assertThat(index.search(query("")).total()).isEqualTo(4);
        assertThat(codes("申込")).isEmpty();
        assertThat(codes("依頼")).containsExactly("Z-2");
        assertThat(status("Z-2")).isEqualTo(StatusKind.ABOLISHED);
    }

    @Test
    void a_change_put_outside_a_transaction_is_indexed_at_once_as_read_for_exactly_those_procedures() {
        build();
        List<List<ProcedureId>> asked = new ArrayList<>();

        index.put(List.of(id(TAX_EXTENSION)), ids -> {
            asked.add(List.copyOf(ids));
            return List.of(with(TAX_EXTENSION, StatusKind.ABOLISHED));
        });
        index.put(List.of(), ids -> {
            asked.add(List.copyOf(ids));
            return List.of();
        });

        assertThat(asked).containsExactly(List.of(id(TAX_EXTENSION)));
        assertThat(status("Z-1")).isEqualTo(StatusKind.ABOLISHED);
    }

    @Test
    void a_change_put_in_a_transaction_is_indexed_as_committed_once_it_commits() {
        build();
        Map<ProcedureId, StatusKind> database = new HashMap<>(Map.of(id(TAX_EXTENSION), StatusKind.COMPLETED));
        Function<Collection<ProcedureId>, Collection<SearchDocument>> committed = ids -> ids.stream()
                .map(p -> with(TAX_EXTENSION, database.get(p))).toList();

        InterleavedTransactions.Transaction transaction = transactions.begin();
        index.put(List.of(id(TAX_EXTENSION)), committed);
        database.put(id(TAX_EXTENSION), StatusKind.ABOLISHED);

        assertThat(status("Z-1")).isEqualTo(StatusKind.COMPLETED);
        transaction.commit();
        assertThat(status("Z-1")).isEqualTo(StatusKind.ABOLISHED);
    }

    @Test
    void a_change_put_in_a_transaction_that_rolls_back_is_never_indexed() {
        build();
        List<Collection<ProcedureId>> asked = new ArrayList<>();

        InterleavedTransactions.Transaction transaction = transactions.begin();
        index.put(List.of(id(TAX_EXTENSION)), ids -> {
            asked.add(ids);
            return List.of(with(TAX_EXTENSION, StatusKind.ABOLISHED));
        });
        transaction.rollback();

        assertThat(asked).isEmpty();
        assertThat(status("Z-1")).isEqualTo(StatusKind.COMPLETED);
    }

    @Test
    void transactions_that_commit_out_of_order_leave_the_newest_committed_state() {
        build();
        Map<ProcedureId, StatusKind> database = new HashMap<>(Map.of(id(TAX_EXTENSION), StatusKind.COMPLETED));
        Function<Collection<ProcedureId>, Collection<SearchDocument>> committed = ids -> ids.stream()
                .map(p -> with(TAX_EXTENSION, database.get(p))).toList();

        InterleavedTransactions.Transaction first = transactions.begin();
        index.put(List.of(id(TAX_EXTENSION)), committed);
        InterleavedTransactions.Transaction second = transactions.begin();
        index.put(List.of(id(TAX_EXTENSION)), committed);
        database.put(id(TAX_EXTENSION), StatusKind.ABOLISHED);
        second.commit();
        first.commit();

        assertThat(status("Z-1")).isEqualTo(StatusKind.ABOLISHED);
    }

    @Test
    void the_index_being_rebuilt_answers_from_the_old_one_until_the_new_one_takes_over() {
        build();
        Rebuild rebuild = index.startRebuild();
        rebuild.add(List.of(PREGNANCY, TAX_EXTENSION, DOG));

        assertThat(codes("")).containsExactly("K-1", "K-2", "Z-1", "Z-2");
        assertThat(index.ready()).isTrue();
        assertThat(rebuild.finish()).isEqualTo(3);
        assertThat(codes("")).containsExactly("K-1", "X-1", "Z-1");
    }

    @Test
    void a_change_applied_during_a_rebuild_is_in_the_index_that_takes_over() {
        build();
        Rebuild rebuild = index.startRebuild();

        index.refresh(() -> List.of(with(TAX_EXTENSION, StatusKind.ABOLISHED), DOG));
        assertThat(status("Z-1")).isEqualTo(StatusKind.ABOLISHED);
        rebuild.add(List.of(PREGNANCY, CHECK_UP, TAX_EXTENSION, DIRECT_DEBIT));

        assertThat(rebuild.finish()).isEqualTo(5);
        assertThat(status("Z-1")).isEqualTo(StatusKind.ABOLISHED);
        assertThat(codes("")).containsExactly("K-1", "K-2", "X-1", "Z-1", "Z-2");
    }

    @Test
    void the_public_finds_procedures_only_through_forms_open_at_the_time_of_its_query() {
        build(PREGNANCY, ALLOWANCE, TAX_EXTENSION);

        assertThat(codes("オンライン")).containsExactly("P-1");
        assertThat(codes(new SearchProceduresQuery("オンライン", null, null, null, false, 0, 10, OPENS)))
                .containsExactly("P-1");
        assertThat(codes(new SearchProceduresQuery("オンライン", null, null, null, false, 0, 10, CLOSES))).isEmpty();
        assertThat(codes(new SearchProceduresQuery("オンライン", null, null, null, false, 0, 10, OPENS.minusSeconds(1))))
                .isEmpty();
        assertThat(codes(new SearchProceduresQuery("", null, null, FormKind.PROCEDURE, false, 0, 10, CLOSES)))
                .containsExactly("K-1");
        assertThat(codes(new SearchProceduresQuery("", null, null, FormKind.PROCEDURE, false, 0, 10, OPENS)))
                .containsExactly("K-1", "P-1");
    }
}
