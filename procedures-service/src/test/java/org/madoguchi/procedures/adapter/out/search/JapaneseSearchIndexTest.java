package org.madoguchi.procedures.adapter.out.search;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.madoguchi.procedures.application.port.in.SearchProceduresQuery;
import org.madoguchi.procedures.application.port.out.InterleavedTransactions;
import org.madoguchi.procedures.application.port.out.ProcedureSearchIndex;
import org.madoguchi.procedures.application.port.out.ProcedureSearchIndex.SearchDocument;
import org.madoguchi.procedures.domain.model.DepartmentCode;
import org.madoguchi.procedures.domain.model.FormKind;
import org.madoguchi.procedures.domain.model.ProcedureId;
import org.madoguchi.procedures.domain.model.StatusKind;

/** The Lucene index on its own: how Japanese queries match and rank, without a server. */
class JapaneseSearchIndexTest {

    private LuceneProcedureSearchIndex index;

    private static SearchDocument document(String code, String name, String kana, String description,
            String department, StatusKind status, List<String> forms, Set<FormKind> kinds) {
        return new SearchDocument(UUID.randomUUID().toString(), code, name, kana, "申請", description, department,
                department.equals("kenko-kosodate") ? "健康・子育て推進課" : "市民税課",
                department.equals("kenko-kosodate") ? "Health and Child-Rearing Promotion Division"
                        : "Municipal Tax Division",
                status, forms, kinds);
    }

    @BeforeEach
    void index_a_few_procedures() {
        index = new LuceneProcedureSearchIndex(null);
        ProcedureSearchIndex.Rebuild rebuild = index.startRebuild();
        rebuild.add(List.of(
                document("K-1", "妊娠届", "にんしんとどけ", "妊娠したときに届け出てください。", "kenko-kosodate",
                        StatusKind.COMPLETED, List.of("妊娠届出フォーム"), Set.of(FormKind.PROCEDURE)),
                document("K-2", "妊婦健康診査費助成申請", "にんぷけんこうしんさひじょせいしんせい", "妊娠中の健診費用を助成します。",
                        "kenko-kosodate", StatusKind.PLANNED, List.of(), Set.of()),
                document("Z-1", "市税期限延長申請", "しぜいきげんえんちょうしんせい", "災害などで納期限を延長します。", "shiminzei",
                        StatusKind.COMPLETED, List.of(), Set.of()),
                document("Z-2", "ＡＢＣ口座振替申込", "えーびーしーこうざふりかえもうしこみ", "口座振替の申込です。", "shiminzei",
                        StatusKind.REVISED, List.of(), Set.of())));
        assertThat(rebuild.finish()).isEqualTo(4);
    }

    @AfterEach
    void close() {
        index.close();
    }

    private List<String> codes(String text) {
        return codes(new SearchProceduresQuery(text, null, null, null, false, 0, 10));
    }

    private List<String> codes(SearchProceduresQuery search) {
        return index.search(search).hits().stream().map(SearchResults.Hit::code).toList();
    }

    @Test
    void the_reading_and_the_kanji_find_the_same_procedure_first() {
        assertThat(codes("にんしん")).first().isEqualTo("K-1");
        assertThat(codes("妊娠")).first().isEqualTo("K-1");
        assertThat(codes("ニンシン")).first().isEqualTo("K-1");
        assertThat(codes("ﾆﾝｼﾝ")).first().isEqualTo("K-1");
    }

    @Test
    void a_name_match_ranks_above_a_description_match() {
        assertThat(codes("妊娠")).containsExactly("K-1", "K-2");
    }

    @Test
    void full_width_letters_and_a_department_name_are_found() {
        assertThat(codes("abc")).containsExactly("Z-2");
        assertThat(codes("ＡＢＣ")).containsExactly("Z-2");
        assertThat(codes("市民税課")).containsExactlyInAnyOrder("Z-1", "Z-2");
        assertThat(codes("tax")).containsExactlyInAnyOrder("Z-1", "Z-2");
    }

    @Test
    void filters_narrow_and_a_blank_query_lists_by_code() {
        assertThat(codes(new SearchProceduresQuery("", null, null, null, false, 0, 10))).containsExactly("K-1", "K-2", "Z-1",
                "Z-2");
        assertThat(codes(new SearchProceduresQuery("", new DepartmentCode("shiminzei"), null, null, true, 0, 10)))
                .containsExactly("Z-1");
        assertThat(codes(new SearchProceduresQuery("", null, StatusKind.PLANNED, null, false, 0, 10))).containsExactly("K-2");
        assertThat(codes(new SearchProceduresQuery("", null, null, FormKind.PROCEDURE, false, 0, 10))).containsExactly("K-1");
        assertThat(codes("フォーム")).containsExactly("K-1");
    }

    @Test
    void pages_hold_the_total_and_a_slice() {
        SearchResults second = index.search(new SearchProceduresQuery("", null, null, null, false, 1, 3));

        assertThat(second.total()).isEqualTo(4);
        assertThat(second.hits()).extracting(SearchResults.Hit::code).containsExactly("Z-2");
    }

    @Test
    void a_change_replaces_the_document_of_the_same_procedure() {
        SearchResults.Hit tax = index.search(new SearchProceduresQuery("Z-1", null, null, null, false, 0, 1)).hits().get(0);
        index.refresh(() -> List.of(new SearchDocument(tax.procedureId(), "Z-1", "市税納期限延長申請",
                "しぜいのうきげんえんちょうしんせい", "申請", "", "shiminzei", "市民税課", "Municipal Tax Division",
                StatusKind.ABOLISHED, List.of(), Set.of())));

        assertThat(index.search(new SearchProceduresQuery("", null, null, null, false, 0, 10)).total()).isEqualTo(4);
        assertThat(index.search(new SearchProceduresQuery("Z-1", null, null, null, false, 0, 1)).hits().get(0).status())
                .isEqualTo(StatusKind.ABOLISHED);
    }

    @Test
    void transactions_that_commit_out_of_order_leave_the_newest_committed_state_in_the_index() {
        SearchResults.Hit tax = index.search(new SearchProceduresQuery("Z-1", null, null, null, false, 0, 1)).hits().get(0);
        ProcedureId id = new ProcedureId(UUID.fromString(tax.procedureId()));
        Map<ProcedureId, StatusKind> database = new HashMap<>(Map.of(id, StatusKind.COMPLETED));
        Function<Collection<ProcedureId>, Collection<SearchDocument>> committed = ids -> ids.stream()
                .map(p -> new SearchDocument(p.toString(), "Z-1", "市税期限延長申請", "しぜいきげんえんちょうしんせい", "申請",
                        "", "shiminzei", "市民税課", "Municipal Tax Division", database.get(p), List.of(), Set.of()))
                .toList();
        InterleavedTransactions transactions = new InterleavedTransactions();
        LuceneProcedureSearchIndex followed = new LuceneProcedureSearchIndex(transactions);
        try {
            followed.startRebuild().finish();
            InterleavedTransactions.Transaction first = transactions.begin();
            followed.put(List.of(id), committed);
            InterleavedTransactions.Transaction second = transactions.begin();
            followed.put(List.of(id), committed);
            database.put(id, StatusKind.ABOLISHED);
            second.commit();
            first.commit();

            assertThat(followed.search(new SearchProceduresQuery("Z-1", null, null, null, false, 0, 1)).hits().get(0).status())
                    .isEqualTo(StatusKind.ABOLISHED);
            InterleavedTransactions.Transaction rolledBack = transactions.begin();
            database.put(id, StatusKind.REVISED);
            followed.put(List.of(id), committed);
            rolledBack.rollback();
            assertThat(followed.search(new SearchProceduresQuery("Z-1", null, null, null, false, 0, 1)).hits().get(0).status())
                    .isEqualTo(StatusKind.ABOLISHED);
        } finally {
            followed.close();
        }
    }
}
