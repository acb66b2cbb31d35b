package org.madoguchi.benchmarks.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.madoguchi.procedures.adapter.out.search.JapaneseAnalysis;
import org.madoguchi.procedures.adapter.out.search.LuceneProcedureSearchIndex;
import org.madoguchi.procedures.application.port.in.ProcedureQueries.SearchResults;
import org.madoguchi.procedures.application.port.in.SearchProceduresQuery;
import org.madoguchi.procedures.application.port.out.ProcedureSearchIndex;
import org.madoguchi.procedures.application.port.out.ProcedureSearchIndex.SearchDocument;
import org.madoguchi.procedures.domain.model.FormKind;
import org.madoguchi.procedures.domain.model.Kana;
import org.madoguchi.procedures.domain.model.StatusKind;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Measures the procedure search of procedures-service as it runs in the service: the same Lucene index
 * class, the same Kuromoji analysis, the same query building. Loads a synthetic registry of
 * procedures whose names, readings and descriptions are built from the vocabulary of municipal
 * procedures, reports the indexing throughput, then runs two-word Japanese queries (one page of 20,
 * exact total) and reports latency percentiles. It also measures kana and single-word queries and
 * how long a single change takes to become searchable.
 * <p>
 * Arguments: number of procedures (100,000), warm-up queries, measured queries. Writes the figures also to
 * {@code procedures-search.md} and {@code procedures-search.json} in {@code bench.target} (the module's {@code target/}),
 * where {@code through-gateway}'s search benchmark reads them to print the in-process figure beside its own.
 */
public final class ProcedureSearchBenchmark {

    private static final String[] SUBJECTS = { "介護保険", "国民健康保険", "児童手当", "子育て支援", "妊婦健康診査",
            "母子健康手帳", "住民票", "印鑑登録", "市税", "固定資産税", "軽自動車税", "下水道", "水道", "道路占用", "屋外広告物",
            "農地転用", "森林伐採", "漁港施設", "空き家", "犬の登録", "予防接種", "がん検診", "障害福祉サービス", "生活保護",
            "保育所入所", "放課後児童クラブ", "学校給食", "奨学金", "公民館使用", "図書館", "体育施設", "防災行政無線",
            "消防設備", "期日前投票", "住宅改修", "建築確認", "開発許可", "景観", "一般廃棄物", "粗大ごみ", "浄化槽",
            "墓地使用", "国民年金", "後期高齢者医療", "ひとり親家庭", "就学援助", "移住定住", "創業支援", "商店街振興",
            "観光イベント", "文化財", "河川占用", "公園使用", "マイナンバーカード", "フードサポート", "町名変更証明" };
    private static final String[] ACTIONS = { "申請", "届出", "届", "申込", "登録", "変更届", "廃止届", "認定申請",
            "交付申請", "再交付申請", "証明申請", "補助金申請", "助成申請", "許可申請", "減免申請", "還付請求", "実績報告",
            "予約", "相談申込", "使用許可申請" };
    private static final String[] MODIFIERS = { "", "", "", "特定", "臨時", "一時", "継続", "緊急", "地域", "高齢者" };
    private static final String[] SENTENCES = { "窓口又は電子申請で受け付けます。", "必要書類を添付してください。",
            "押印は不要です。", "郵送でも提出できます。", "審査には二週間程度かかります。", "受付後に結果を通知します。",
            "対象となる方は市内に住所がある方です。", "期限までに提出してください。", "代理人による申請もできます。",
            "詳しくは担当課にお問い合わせください。" };
    private static final String[][] DEPARTMENTS = { { "somu", "総務課", "General Affairs Division" },
            { "kensa-keiyaku", "検査契約課", "Inspection and Contracts Division" },
            { "shiminzei", "市民税課", "Municipal Tax Division" },
            { "chuo-jinken-fukushi", "中央人権福祉センター", "Central Human Rights and Welfare Centre" },
            { "choju-shakai", "長寿社会課", "Longevity Society Division" },
            { "kodomo-katei", "こども家庭課", "Children and Families Division" },
            { "kenko-kosodate", "健康・子育て推進課", "Health and Child-Rearing Promotion Division" },
            { "rinmu-suisan", "林務水産課", "Forestry and Fisheries Division" },
            { "gesuido-keiei", "下水道経営課", "Sewerage Management Division" },
            { "joho-seisaku", "情報政策課", "Information Policy Division" } };
    private static final StatusKind[] STATUSES = { StatusKind.COMPLETED, StatusKind.COMPLETED, StatusKind.COMPLETED,
            StatusKind.PLANNED, StatusKind.NOT_PLANNED, StatusKind.REVISED, StatusKind.ABOLISHED };

    /** One measured kind of query: latency percentiles in milliseconds and the mean number of matches. */
    record Figures(String label, int n, double p50Ms, double p95Ms, double p99Ms, double maxMs, long meanMatches) {
    }

    private ProcedureSearchBenchmark() {
    }

    public static void main(String[] args) {
        int procedures = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        int measured = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;
        Random random = new Random(20221231L);
        JapaneseAnalysis analysis = new JapaneseAnalysis();

        long generating = System.nanoTime();
        List<SearchDocument> documents = new ArrayList<>(procedures);
        for (int i = 0; i < procedures; i++) {
            documents.add(document(i, random, analysis));
        }
        double generatedIn = seconds(System.nanoTime() - generating);

        try (LuceneProcedureSearchIndex index = new LuceneProcedureSearchIndex(null)) {
            long indexing = System.nanoTime();
            ProcedureSearchIndex.Rebuild rebuild = index.startRebuild();
            for (int from = 0; from < documents.size(); from += 500) {
                rebuild.add(documents.subList(from, Math.min(documents.size(), from + 500)));
            }
            long indexed = rebuild.finish();
            double indexedIn = seconds(System.nanoTime() - indexing);

            List<String> twoWords = new ArrayList<>();
            List<String> kana = new ArrayList<>();
            List<String> oneWord = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                String subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
                String action = ACTIONS[random.nextInt(ACTIONS.length)];
                twoWords.add(subject + " " + action);
                kana.add(Kana.toHiragana(analysis.readingOf(subject)));
                oneWord.add(action);
            }

            System.out.println();
            System.out.println("== procedures-service search benchmark ==");
            System.out.printf(Locale.ROOT, "machine: %d cores, Java %s, heap max %d MB%n",
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                    Runtime.getRuntime().maxMemory() / 1024 / 1024);
            System.out.printf(Locale.ROOT, "documents generated: %,d in %.1f s (Kuromoji readings included)%n",
                    procedures, generatedIn);
            System.out.printf(Locale.ROOT, "indexing: %,d procedures in %.1f s = %,.0f procedures/s%n", indexed,
                    indexedIn, indexed / indexedIn);

            Map<String, Figures> figures = new LinkedHashMap<>();
            figures.put("twoWords", run(index, twoWords, warmup, measured, false,
                    "two-word Japanese query (e.g. \"" + twoWords.get(0) + "\")"));
            figures.put("twoWordsPublic", run(index, twoWords, warmup, measured, true,
                    "the same, as the public (online only, open forms only)"));
            figures.put("kana", run(index, kana, warmup / 2, measured / 2, false,
                    "reading in hiragana (e.g. \"" + kana.get(0) + "\")"));
            figures.put("oneWord", run(index, oneWord, warmup / 2, measured / 2, false,
                    "one word (e.g. \"" + oneWord.get(0) + "\")"));
            figures.put("change", changes(index, documents, random));
            write(Path.of(System.getProperty("bench.target", "target")), indexed, indexedIn, figures);
        }
    }

    /** The same figures as Markdown and JSON, for the combined summary and for the search through the gateway. */
    private static void write(Path target, long indexed, double indexedSeconds, Map<String, Figures> figures) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("benchmark", "procedures-search");
        summary.put("at", Instant.now().toString());
        summary.put("cores", Runtime.getRuntime().availableProcessors());
        summary.put("java", System.getProperty("java.version"));
        summary.put("procedures", indexed);
        summary.put("indexingSeconds", indexedSeconds);
        summary.put("indexedPerSecond", indexed / indexedSeconds);
        summary.put("queries", figures);
        StringBuilder md = new StringBuilder("# procedures-service search, in process: benchmark run\n\n");
        md.append(String.format(Locale.ROOT, "- at: %s; %d cores, Java %s; one query at a time, no HTTP%n",
                summary.get("at"), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version")));
        md.append(String.format(Locale.ROOT, "- indexing: %,d procedures in %.1f s = %,.0f procedures/s%n%n", indexed,
                indexedSeconds, indexed / indexedSeconds));
        md.append("| query | n | p50 ms | p95 ms | p99 ms | max ms | mean matches |\n|---|---:|---:|---:|---:|---:|---:|\n");
        for (Figures f : figures.values()) {
            md.append(String.format(Locale.ROOT, "| %s | %,d | %.2f | %.2f | %.2f | %.2f | %,d |%n", f.label(), f.n(),
                    f.p50Ms(), f.p95Ms(), f.p99Ms(), f.maxMs(), f.meanMatches()));
        }
        try {
            Files.createDirectories(target);
            Files.writeString(target.resolve("procedures-search.md"), md, StandardCharsets.UTF_8);
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValue(target.resolve("procedures-search.json").toFile(), summary);
            System.out.println("summary: " + target.resolve("procedures-search.md") + ", "
                    + target.resolve("procedures-search.json"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the summary into " + target, e);
        }
    }

    private static Figures run(LuceneProcedureSearchIndex index, List<String> queries, int warmup, int measured,
            boolean publicCaller, String label) {
        for (int i = 0; i < warmup; i++) {
            index.search(search(queries.get(i % queries.size()), publicCaller));
        }
        long[] nanos = new long[measured];
        long hits = 0;
        for (int i = 0; i < measured; i++) {
            SearchProceduresQuery search = search(queries.get(i % queries.size()), publicCaller);
            long start = System.nanoTime();
            SearchResults results = index.search(search);
            nanos[i] = System.nanoTime() - start;
            hits += results.total();
        }
        return report(label, nanos, hits / measured);
    }

    /** A query as staff run it, or as the public does: online procedures, forms open now. */
    private static SearchProceduresQuery search(String text, boolean publicCaller) {
        return publicCaller ? new SearchProceduresQuery(text, null, null, null, true, 0, 20, java.time.Instant.now())
                : new SearchProceduresQuery(text, null, null, null, false, 0, 20);
    }

    private static Figures changes(LuceneProcedureSearchIndex index, List<SearchDocument> documents, Random random) {
        int changes = 500;
        long[] nanos = new long[changes];
        for (int i = 0; i < changes; i++) {
            SearchDocument old = documents.get(random.nextInt(documents.size()));
            SearchDocument changed = new SearchDocument(old.procedureId(), old.code(), old.name() + "（改正）",
                    old.kana(), old.category(), old.description(), old.departmentCode(), old.departmentName(),
                    old.departmentNameEn(), StatusKind.COMPLETED, old.formTitles(), old.formKinds());
            long start = System.nanoTime();
            index.refresh(() -> List.of(changed));
            nanos[i] = System.nanoTime() - start;
        }
        return report("one change until searchable (update + refresh)", nanos, 1);
    }

    private static Figures report(String label, long[] nanos, long averageTotal) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        Figures figures = new Figures(label, sorted.length, millis(percentile(sorted, 50)),
                millis(percentile(sorted, 95)), millis(percentile(sorted, 99)), millis(sorted[sorted.length - 1]),
                averageTotal);
        System.out.printf(Locale.ROOT, "%s: n=%,d  p50 %.2f ms  p95 %.2f ms  p99 %.2f ms  max %.2f ms"
                + "  (mean matches %,d)%n", label, sorted.length, millis(percentile(sorted, 50)),
                millis(percentile(sorted, 95)), millis(percentile(sorted, 99)), millis(sorted[sorted.length - 1]),
                averageTotal);
        return figures;
    }

    private static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static double seconds(long nanos) {
        return nanos / 1_000_000_000.0;
    }

    private static SearchDocument document(int i, Random random, JapaneseAnalysis analysis) {
        String subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
        String action = ACTIONS[random.nextInt(ACTIONS.length)];
        String modifier = MODIFIERS[random.nextInt(MODIFIERS.length)];
        String name = subject + modifier + action;
        String kana = Kana.toHiragana(analysis.readingOf(name));
        String[] department = DEPARTMENTS[random.nextInt(DEPARTMENTS.length)];
        StringBuilder description = new StringBuilder(subject).append("に関する").append(action).append("です。");
        for (int s = 0; s < 2 + random.nextInt(3); s++) {
            description.append(SENTENCES[random.nextInt(SENTENCES.length)]);
        }
        List<String> forms = List.of();
        Set<FormKind> kinds = EnumSet.noneOf(FormKind.class);
        if (random.nextInt(10) < 3) {
            forms = List.of(subject + action + "フォーム");
            kinds.add(FormKind.PROCEDURE);
        }
        return new SearchDocument(UUID.randomUUID().toString(), String.format(Locale.ROOT, "P-%06d", i), name,
                kana == null || kana.isEmpty() ? "てつづき" : kana, action, description.toString(), department[0],
                department[1], department[2], STATUSES[random.nextInt(STATUSES.length)], forms, kinds);
    }
}
