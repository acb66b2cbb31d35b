package org.madoguchi.benchmarks.gateway.through;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A synthetic registry of procedures for the search through the gateway, with the vocabulary of municipal
 * procedures that {@code procedures-search} indexes in process (the same subjects, actions, modifiers, sentences and
 * departments), written as the procedure CSV the service imports (Japanese headers, UTF-8). The よみがな column comes
 * from the service itself: its furigana endpoint ({@code POST /api/v1/readings}, Kuromoji) reads each word once.
 * Statuses: three in five completed (online, so the public finds them), one planned, one not planned.
 */
final class ProcedureRegistry {

    static final String[] SUBJECTS = { "介護保険", "国民健康保険", "児童手当", "子育て支援", "妊婦健康診査",
            "母子健康手帳", "住民票", "印鑑登録", "市税", "固定資産税", "軽自動車税", "下水道", "水道", "道路占用", "屋外広告物",
            "農地転用", "森林伐採", "漁港施設", "空き家", "犬の登録", "予防接種", "がん検診", "障害福祉サービス", "生活保護",
            "保育所入所", "放課後児童クラブ", "学校給食", "奨学金", "公民館使用", "図書館", "体育施設", "防災行政無線",
            "消防設備", "期日前投票", "住宅改修", "建築確認", "開発許可", "景観", "一般廃棄物", "粗大ごみ", "浄化槽",
            "墓地使用", "国民年金", "後期高齢者医療", "ひとり親家庭", "就学援助", "移住定住", "創業支援", "商店街振興",
            "観光イベント", "文化財", "河川占用", "公園使用", "マイナンバーカード", "フードサポート", "町名変更証明" };
    static final String[] ACTIONS = { "申請", "届出", "届", "申込", "登録", "変更届", "廃止届", "認定申請",
            "交付申請", "再交付申請", "証明申請", "補助金申請", "助成申請", "許可申請", "減免申請", "還付請求", "実績報告",
            "予約", "相談申込", "使用許可申請" };
    static final String[] MODIFIERS = { "", "", "", "特定", "臨時", "一時", "継続", "緊急", "地域", "高齢者" };
    static final String[] SENTENCES = { "窓口又は電子申請で受け付けます。", "必要書類を添付してください。",
            "押印は不要です。", "郵送でも提出できます。", "審査には二週間程度かかります。", "受付後に結果を通知します。",
            "対象となる方は市内に住所がある方です。", "期限までに提出してください。", "代理人による申請もできます。",
            "詳しくは担当課にお問い合わせください。" };
    static final String[] DEPARTMENTS = { "somu", "kensa-keiyaku", "shiminzei", "chuo-jinken-fukushi", "choju-shakai",
            "kodomo-katei", "kenko-kosodate", "rinmu-suisan", "gesuido-keiei", "joho-seisaku" };
    static final String HEADER = "手続きコード,手続き名,よみがな,担当課,分類,説明,状況,計画年度,完了日\n";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> readings;

    private ProcedureRegistry(Map<String, String> readings) {
        this.readings = readings;
    }

    /** Reads every word of the vocabulary through the service's furigana endpoint. */
    static ProcedureRegistry readWith(String proceduresBase) throws IOException, InterruptedException {
        Set<String> words = new LinkedHashSet<>();
        words.addAll(List.of(SUBJECTS));
        words.addAll(List.of(ACTIONS));
        for (String modifier : MODIFIERS) {
            if (!modifier.isEmpty()) {
                words.add(modifier);
            }
        }
        ObjectNode request = JSON.createObjectNode();
        ArrayNode items = request.putArray("items");
        words.forEach(word -> items.addObject().put("text", word));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(proceduresBase + "/api/v1/readings")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(request.toString()))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("POST /api/v1/readings answered " + response.statusCode() + ": "
                    + response.body());
        }
        Map<String, String> readings = new LinkedHashMap<>();
        readings.put("", "");
        for (JsonNode item : JSON.readTree(response.body()).path("items")) {
            StringBuilder reading = new StringBuilder();
            for (JsonNode segment : item.path("segments")) {
                reading.append(segment.hasNonNull("reading") ? segment.get("reading").asText()
                        : segment.path("text").asText());
            }
            readings.put(item.path("text").asText(), hiragana(reading.toString()));
        }
        return new ProcedureRegistry(readings);
    }

    /** The reading of a word in hiragana, e.g. 住民票 → じゅうみんひょう. */
    String reading(String word) {
        String reading = readings.get(word);
        if (reading == null) {
            throw new IllegalArgumentException("no reading of " + word);
        }
        return reading;
    }

    /** {@code count} procedures from {@code from}, as CSV files of at most {@code rowsPerFile} lines each. */
    List<String> csvFiles(int count, int rowsPerFile, long seed) {
        Random random = new Random(seed);
        List<String> files = new ArrayList<>();
        StringBuilder csv = new StringBuilder(HEADER);
        int rows = 0;
        for (int i = 0; i < count; i++) {
            String subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
            String action = ACTIONS[random.nextInt(ACTIONS.length)];
            String modifier = MODIFIERS[random.nextInt(MODIFIERS.length)];
            StringBuilder description = new StringBuilder(subject).append("に関する").append(action).append("です。");
            for (int s = 0; s < 2 + random.nextInt(3); s++) {
                description.append(SENTENCES[random.nextInt(SENTENCES.length)]);
            }
            String department = DEPARTMENTS[random.nextInt(DEPARTMENTS.length)];
            String status = switch (random.nextInt(5)) {
                case 0, 1, 2 -> "完了,令和4年度,2022-06-01";
                case 3 -> "計画,令和8年度,";
                default -> "未計画,,";
            };
            csv.append(String.format(Locale.ROOT, "B-%06d,%s,%s,%s,%s,%s,%s%n", i, subject + modifier + action,
                    reading(subject) + reading(modifier) + reading(action), department, action, description, status));
            if (++rows == rowsPerFile) {
                files.add(csv.toString());
                csv = new StringBuilder(HEADER);
                rows = 0;
            }
        }
        if (rows > 0) {
            files.add(csv.toString());
        }
        return files;
    }

    /** Katakana to hiragana; the prolonged sound mark and everything else as it is. */
    static String hiragana(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c >= '\u30A1' && c <= '\u30F6' ? (char) (c - 0x60) : c);
        }
        return out.toString();
    }
}
