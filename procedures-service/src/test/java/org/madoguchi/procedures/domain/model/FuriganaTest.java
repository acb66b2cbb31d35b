package org.madoguchi.procedures.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.madoguchi.procedures.domain.model.Furigana.Segment;
import org.quicktheories.core.Gen;

/**
 * Furigana from words as the dictionary reads them (the words below are Kuromoji's, copied from its answers) and
 * from the readings the registry stores: ruby over the kanji only, okurigana plain, the stored reading winning.
 */
class FuriganaTest {

    /** Words from text/reading pairs; a {@code null} reading for a word the dictionary does not know. */
    private static List<WordReading> words(String... textsAndReadings) {
        List<WordReading> words = new ArrayList<>();
        for (int i = 0; i < textsAndReadings.length; i += 2) {
            words.add(new WordReading(textsAndReadings[i], textsAndReadings[i + 1]));
        }
        return words;
    }

    private static Segment ruby(String text, String reading) {
        return new Segment(text, reading);
    }

    private static Segment plain(String text) {
        return Segment.plain(text);
    }

    private static String text(List<WordReading> words) {
        StringBuilder text = new StringBuilder();
        words.forEach(word -> text.append(word.text()));
        return text.toString();
    }

    private static List<Segment> read(List<WordReading> words) {
        return Furigana.of(text(words), words).segments();
    }

    private static List<Segment> read(List<WordReading> words, String stored) {
        return Furigana.of(text(words), words, stored).segments();
    }

    /** 鹿野町総合支所 as Kuromoji reads it: 鹿野 かの, 町 まち; the town is しかのちょう. */
    private static final List<WordReading> SHIKANO = words("鹿野", "カノ", "町", "マチ", "総合", "ソウゴウ", "支所", "シショ");

    @Test
    void a_name_gets_a_ruby_over_each_word_in_hiragana() {
        assertThat(read(words("妊娠", "ニンシン", "届", "トドケ")))
                .containsExactly(ruby("妊娠", "にんしん"), ruby("届", "とどけ"));
    }

    @Test
    void particles_stay_plain_and_okurigana_are_left_out_of_the_ruby() {
        assertThat(read(words("住民", "ジュウミン", "票", "ヒョウ", "の", "ノ", "写し", "ウツシ", "の", "ノ", "交付", "コウフ",
                "請求", "セイキュウ"))).containsExactly(ruby("住民", "じゅうみん"), ruby("票", "ひょう"), plain("の"),
                        ruby("写", "うつ"), plain("し"), plain("の"), ruby("交付", "こうふ"), ruby("請求", "せいきゅう"));
    }

    @Test
    void okurigana_between_kanji_split_the_ruby_where_they_stand_in_the_reading() {
        assertThat(read(words("届け出", "トドケデ"))).containsExactly(ruby("届", "とど"), plain("け"), ruby("出", "で"));
        assertThat(read(words("届", "トドケ"))).containsExactly(ruby("届", "とどけ"));
        assertThat(read(words("届け", "トドケ"))).containsExactly(ruby("届", "とど"), plain("け"));
        assertThat(read(words("申し込み", "モウシコミ")))
                .containsExactly(ruby("申", "もう"), plain("し"), ruby("込", "こ"), plain("み"));
        assertThat(read(words("取扱い", "トリアツカイ"))).containsExactly(ruby("取扱", "とりあつか"), plain("い"));
        assertThat(read(words("お", "オ", "問い合わせ", "トイアワセ")))
                .containsExactly(plain("お"), ruby("問", "と"), plain("い"), ruby("合", "あ"), plain("わせ"));
    }

    @Test
    void where_the_kana_could_anchor_the_reading_in_two_places_one_ruby_covers_the_kanji_and_kana_between() {
        // の stands twice in the reading: 鹿野町 could read しか or しかのちょう
        assertThat(read(words("鹿野町の届", null), "しかのちょうのとどけ"))
                .containsExactly(ruby("鹿野町の届", "しかのちょうのとどけ"));
        // お is read ご here, so it cannot anchor the reading; the け at the end still does
        assertThat(read(words("お届け", "ゴトドケ"))).containsExactly(ruby("お届", "ごとど"), plain("け"));
    }

    @Test
    void a_word_the_dictionary_does_not_know_gets_no_reading() {
        assertThat(read(words("鱻", null, "龘", null, "の", "ノ", "申請", "シンセイ")))
                .containsExactly(plain("鱻"), plain("龘"), plain("の"), ruby("申請", "しんせい"));
        // a "reading" that is no kana (Kuromoji gives 〇 for 〇) counts as none
        assertThat(read(words("〇", "〇"))).containsExactly(plain("〇"));
    }

    @Test
    void latin_letters_numbers_spaces_and_punctuation_are_segments_of_their_own_without_reading() {
        assertThat(read(words("ABC", null, " ", null, "123", null, "、", "、", "妊娠", "ニンシン", "届", "トドケ", "。", "。")))
                .containsExactly(plain("ABC"), plain(" "), plain("123"), plain("、"), ruby("妊娠", "にんしん"),
                        ruby("届", "とどけ"), plain("。"));
        assertThat(read(words("令和", "レイワ", "4", null, "年度", "ネンド")))
                .containsExactly(ruby("令和", "れいわ"), plain("4"), ruby("年度", "ねんど"));
    }

    @Test
    void the_small_ke_and_the_iteration_mark_are_read_with_their_kanji() {
        assertThat(read(words("市ヶ谷", "イチガヤ", "の", "ノ", "人々", "ヒトビト")))
                .containsExactly(ruby("市ヶ谷", "いちがや"), plain("の"), ruby("人々", "ひとびと"));
        assertThat(read(words("一", "イチ", "ヶ月", "カゲツ"))).containsExactly(ruby("一", "いち"), ruby("ヶ月", "かげつ"));
        // the full-size ケ is kana: it is not found in いちがや, so the reading covers the whole word
        assertThat(read(words("市ケ谷", "イチガヤ"))).containsExactly(ruby("市ケ谷", "いちがや"));
    }

    @Test
    void a_stored_reading_the_dictionary_agrees_with_is_laid_over_the_dictionary_words() {
        List<WordReading> pregnancy = words("妊娠", "ニンシン", "届", "トドケ");

        assertThat(read(pregnancy, "にんしんとどけ")).containsExactly(ruby("妊娠", "にんしん"), ruby("届", "とどけ"));
        assertThat(read(pregnancy, "ニンシン　トドケ")).containsExactly(ruby("妊娠", "にんしん"), ruby("届", "とどけ"));
        assertThat(read(words("届け出", "トドケデ"), "とどけで"))
                .containsExactly(ruby("届", "とど"), plain("け"), ruby("出", "で"));
    }

    @Test
    void a_stored_reading_the_dictionary_does_not_agree_with_wins_over_it() {
        assertThat(read(SHIKANO)).containsExactly(ruby("鹿野", "かの"), ruby("町", "まち"), ruby("総合", "そうごう"),
                ruby("支所", "ししょ"));

        assertThat(read(SHIKANO, "しかのちょうそうごうししょ")).containsExactly(ruby("鹿野町総合支所", "しかのちょうそうごうししょ"));
        // 林務水産課: Kuromoji reads 林 as the family name はやし and 務 as the given name つとむ
        assertThat(read(words("林", "ハヤシ", "務", "ツトム", "水産", "スイサン", "課", "カ"), "りんむすいさんか"))
                .containsExactly(ruby("林務水産課", "りんむすいさんか"));
        // a word the dictionary does not know takes its reading from the stored one
        assertThat(read(words("𠮷", null, "野家", "ノヤ"), "よしのや")).containsExactly(ruby("𠮷野家", "よしのや"));
    }

    @Test
    void a_stored_reading_the_dictionary_does_not_agree_with_leaves_the_kana_plain_that_anchor_it() {
        assertThat(read(words("ようこそ", "ヨウコソ", "鹿野", "カノ", "町", "マチ", "へ", "ヘ"), "ようこそしかのちょうへ"))
                .containsExactly(plain("ようこそ"), ruby("鹿野町", "しかのちょう"), plain("へ"));
        assertThat(read(words("鹿野", "カノ", "町", "マチ", "の", "ノ", "お知らせ", "オシラセ"), "しかのちょうのおしらせ"))
                .containsExactly(ruby("鹿野町", "しかのちょう"), plain("のお"), ruby("知", "し"), plain("らせ"));
    }

    @Test
    void spaces_in_a_stored_reading_divide_it_where_the_text_has_its_spaces() {
        List<WordReading> branch = new ArrayList<>(SHIKANO);
        branch.addAll(words(" ", null, "地域", "チイキ", "振興", "シンコウ", "課", "カ"));

        assertThat(read(branch, "しかのちょうそうごうししょ ちいきしんこうか")).containsExactly(
                ruby("鹿野町総合支所", "しかのちょうそうごうししょ"), plain(" "), ruby("地域振興課", "ちいきしんこうか"));
        assertThat(read(branch, "しかのちょうそうごうししょちいきしんこうか"))
                .containsExactly(ruby("鹿野町総合支所 地域振興課", "しかのちょうそうごうししょちいきしんこうか"));
    }

    @Test
    void letters_a_stored_reading_may_read_are_covered_by_it() {
        assertThat(read(words("ＡＢＣ", null, "口座", "コウザ", "振替", "フリカエ", "申込", "モウシコミ"),
                "えーびーしーこうざふりかえもうしこみ"))
                .containsExactly(ruby("ＡＢＣ口座振替申込", "えーびーしーこうざふりかえもうしこみ"));
    }

    @Test
    void a_text_without_kanji_gets_no_reading_even_with_a_stored_one() {
        assertThat(read(words("マイナンバーカード", null), "まいなんばーかーど")).containsExactly(plain("マイナンバーカード"));
        assertThat(Furigana.of("", List.of(), "なし").segments()).isEmpty();
    }

    @Test
    void a_segment_carries_a_reading_only_over_kanji_and_only_in_hiragana() {
        assertThatThrownBy(() -> new Segment("の", "の")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Segment("届", "トドケ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Segment("届", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Furigana.of("妊娠届", words("妊娠", "ニンシン")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Characters of every script the rules tell apart, the surrogate pair 𠮷 and a combining mark among them. */
    private static final String[] LETTERS = { "届", "出", "妊", "娠", "市", "々", "ヶ", "〆", "〇", "𠮷", "け", "の", "ん",
        "ケ", "カ", "ー", "ｶ", "ﾞ", "ヽ", "゙", "・", "A", "ｚ", "１", "4", " ", "　", "\n", "、", "（", "-", "😀" };
    private static final String[] KANA = { "と", "ど", "け", "で", "の", "ケ", "ン", "ー", " ", "・", "ｼ", "ゝ", "ゞ" };

    private static Gen<String> textOf(String[] alphabet, int maxLength) {
        return lists().of(integers().between(0, alphabet.length - 1)).ofSizeBetween(0, maxLength)
                .map(indexes -> String.join("", indexes.stream().map(i -> alphabet[i]).toList()));
    }

    @Test
    void segments_always_concatenate_to_the_text_and_readings_are_hiragana_over_kanji() {
        Gen<String> texts = textOf(LETTERS, 24);
        Gen<List<Integer>> cuts = lists().of(integers().between(1, 4)).ofSizeBetween(0, 12);
        Gen<String> readings = textOf(KANA, 8).mix(textOf(LETTERS, 6), 30);
        Gen<List<String>> wordReadings = lists().of(readings).ofSizeBetween(12, 12);
        Gen<String> stored = textOf(KANA, 20).mix(textOf(LETTERS, 6), 20);

        qt().withExamples(2000).forAll(texts, cuts, wordReadings, stored).checkAssert((text, sizes, given, reading) -> {
            List<WordReading> words = cut(text, sizes, given);
            for (Furigana furigana : List.of(Furigana.of(text, words), Furigana.of(text, words, reading))) {
                StringBuilder joined = new StringBuilder();
                for (Segment segment : furigana.segments()) {
                    joined.append(segment.text());
                    assertThat(segment.text()).isNotEmpty();
                    if (segment.reading() != null) {
                        assertThat(Script.hasKanji(segment.text())).as("%s has kanji", segment).isTrue();
                        assertThat(Segment.isHiragana(segment.reading())).as("%s in hiragana", segment).isTrue();
                    }
                }
                assertThat(joined.toString()).isEqualTo(text);
            }
        });
    }

    /** The text cut into words of the given sizes in code points (the rest one word), with the given readings. */
    private static List<WordReading> cut(String text, List<Integer> sizes, List<String> readings) {
        List<WordReading> words = new ArrayList<>();
        int at = 0;
        for (int i = 0; at < text.length(); i++) {
            int end = i < sizes.size() ? text.offsetByCodePoints(at, Math.min(sizes.get(i),
                    text.codePointCount(at, text.length()))) : text.length();
            words.add(new WordReading(text.substring(at, end), readings.get(i % readings.size())));
            at = end;
        }
        return words;
    }
}
