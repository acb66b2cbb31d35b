package org.madoguchi.procedures.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.madoguchi.procedures.domain.model.WordReading;

/**
 * What every {@link ReadingDictionary} does: it cuts any text into words that concatenate to it exactly, reads the
 * words it knows (in hiragana), and gives no reading for a word it does not know nor for Latin letters and numbers.
 * The words asked about here are ones a fake can be taught: see {@link InMemoryReadingDictionary#TAUGHT}.
 */
public abstract class ReadingDictionaryContract {

    /** The dictionary under test. */
    protected abstract ReadingDictionary dictionary();

    private static String joined(List<WordReading> words) {
        return String.join("", words.stream().map(WordReading::text).toList());
    }

    @Test
    void a_name_is_read_word_by_word() {
        assertThat(dictionary().words("妊娠届"))
                .containsExactly(new WordReading("妊娠", "にんしん"), new WordReading("届", "とどけ"));
        assertThat(dictionary().words("住民票の写しの交付請求")).containsExactly(new WordReading("住民", "じゅうみん"),
                new WordReading("票", "ひょう"), new WordReading("の", "の"), new WordReading("写し", "うつし"),
                new WordReading("の", "の"), new WordReading("交付", "こうふ"), new WordReading("請求", "せいきゅう"));
    }

    @Test
    void a_word_the_dictionary_does_not_know_has_no_reading() {
        assertThat(dictionary().words("鱻")).containsExactly(WordReading.unknown("鱻"));
    }

    @Test
    void latin_letters_numbers_spaces_and_punctuation_have_no_reading_and_are_kept_as_written() {
        List<WordReading> words = dictionary().words("ABC 123、妊娠届。");

        assertThat(joined(words)).isEqualTo("ABC 123、妊娠届。");
        assertThat(words).filteredOn(word -> word.text().matches("[ABC 123、。]+"))
                .allSatisfy(word -> assertThat(word.reading()).isNull());
        assertThat(words).contains(new WordReading("妊娠", "にんしん"));
    }

    @Test
    void an_empty_text_has_no_words() {
        assertThat(dictionary().words("")).isEmpty();
    }

    /** Letters of every kind, a surrogate pair and full-width forms among them. */
    private static final String[] LETTERS = { "妊娠", "届", "け", "出", "市ヶ谷", "人々", "鱻", "𠮷", "野家", "の", "ｶﾞ",
        "ス", "A", "Ｚ", "1", "４", " ", "　", "\n", "\t", "、", "。", "・", "（", "）", "-", "😀", "ー" };

    @Test
    void any_text_is_cut_into_words_that_concatenate_to_it() {
        qt().withExamples(300).forAll(lists().of(integers().between(0, LETTERS.length - 1)).ofSizeBetween(0, 30))
                .checkAssert(indexes -> {
                    String text = String.join("", indexes.stream().map(i -> LETTERS[i]).toList());
                    List<WordReading> words = dictionary().words(text);
                    assertThat(joined(words)).isEqualTo(text);
                    assertThat(words).allSatisfy(word -> {
                        assertThat(word.text()).isNotEmpty();
                        assertThat(Character.isLowSurrogate(word.text().charAt(0))).isFalse();
                        assertThat(word.reading() == null || word.reading().matches("[ぁ-ゖゝゞー]+")).isTrue();
                    });
                });
    }
}
