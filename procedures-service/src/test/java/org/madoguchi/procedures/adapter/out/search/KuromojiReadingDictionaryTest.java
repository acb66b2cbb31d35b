package org.madoguchi.procedures.adapter.out.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.madoguchi.procedures.application.port.out.ReadingDictionary;
import org.madoguchi.procedures.application.port.out.ReadingDictionaryContract;
import org.madoguchi.procedures.domain.model.WordReading;

/** The Kuromoji adapter of {@link ReadingDictionary} keeps the contract its in-memory fake keeps. */
class KuromojiReadingDictionaryTest extends ReadingDictionaryContract {

    private final KuromojiReadingDictionary dictionary = new KuromojiReadingDictionary();

    @Override
    protected ReadingDictionary dictionary() {
        return dictionary;
    }

    @Test
    void words_are_cut_from_the_text_as_written_even_where_kuromoji_reads_it_width_folded() {
        assertThat(dictionary.words("ｶﾞｽ料金")).containsExactly(new WordReading("ｶﾞｽ", "がす"),
                new WordReading("料金", "りょうきん"));
        assertThat(dictionary.words("ＡＢＣ　１２３")).extracting(WordReading::text)
                .containsExactly("ＡＢＣ", "　", "１２３");
    }

    @Test
    void kuromoji_misreads_names_the_registry_stores_readings_for() {
        // 鹿野町 is しかのちょう and 林務水産課 りんむすいさんか: the stored よみがな has to win over these
        assertThat(dictionary.words("鹿野町総合支所")).containsExactly(new WordReading("鹿野", "かの"),
                new WordReading("町", "まち"), new WordReading("総合", "そうごう"), new WordReading("支所", "ししょ"));
        assertThat(dictionary.words("林務水産課")).containsExactly(new WordReading("林", "はやし"),
                new WordReading("務", "つとむ"), new WordReading("水産", "すいさん"), new WordReading("課", "か"));
    }
}
