package org.madoguchi.procedures.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.madoguchi.platform.failure.InvalidInput;
import org.madoguchi.platform.failure.Violation;
import org.madoguchi.procedures.application.port.in.FuriganaQuery;
import org.madoguchi.procedures.application.port.out.InMemoryReadingDictionary;
import org.madoguchi.procedures.domain.model.Furigana;
import org.madoguchi.procedures.domain.model.Furigana.Segment;

/** Furigana of a page's texts on the in-memory dictionary: order, stored readings first, limits. */
class FuriganaUseCasesTest {

    /** Taught as Kuromoji reads it: 林 as the family name はやし, 務 as the given name つとむ. */
    private final InMemoryReadingDictionary dictionary = new InMemoryReadingDictionary().teach("林", "ハヤシ")
            .teach("務", "ツトム").teach("水産", "スイサン").teach("課", "カ").teach("氏名", "シメイ");
    private final FuriganaQueryService service = new FuriganaQueryService(dictionary);

    private static FuriganaQuery.Item item(String text, String reading) {
        return new FuriganaQuery.Item(text, reading);
    }

    @Test
    void each_text_is_read_in_the_order_asked_and_an_empty_text_has_no_segments() {
        List<Furigana> read = service.furigana(new FuriganaQuery(List.of(item("妊娠届", "にんしんとどけ"), item("氏名", null),
                item("", null), item("の", "の"))));

        assertThat(read).extracting(Furigana::text).containsExactly("妊娠届", "氏名", "", "の");
        assertThat(read.get(0).segments()).containsExactly(new Segment("妊娠", "にんしん"), new Segment("届", "とどけ"));
        assertThat(read.get(1).segments()).containsExactly(new Segment("氏名", "しめい"));
        assertThat(read.get(2).segments()).isEmpty();
        assertThat(read.get(3).segments()).containsExactly(Segment.plain("の"));
    }

    @Test
    void the_stored_reading_wins_over_the_dictionary() {
        List<Furigana> read = service.furigana(new FuriganaQuery(List.of(item("林務水産課", null),
                item("林務水産課", "リンムスイサンカ"))));

        assertThat(read.get(0).segments()).containsExactly(new Segment("林", "はやし"), new Segment("務", "つとむ"),
                new Segment("水産", "すいさん"), new Segment("課", "か"));
        assertThat(read.get(1).segments()).containsExactly(new Segment("林務水産課", "りんむすいさんか"));
    }

    @Test
    void up_to_200_texts_of_up_to_500_characters_are_read() {
        List<FuriganaQuery.Item> items = new ArrayList<>(Collections.nCopies(199, item("届", null)));
        items.add(item("𠮷".repeat(500), "よ".repeat(500)));

        assertThat(service.furigana(new FuriganaQuery(items))).hasSize(200);
    }

    @Test
    void every_text_over_the_limits_is_refused_at_once_by_its_place_in_the_list() {
        List<FuriganaQuery.Item> items = new ArrayList<>(Collections.nCopies(201, item("届", null)));
        items.set(3, item("届".repeat(501), null));
        items.set(4, item(null, null));
        items.set(5, item("妊娠届", "妊娠届"));
        items.set(6, null);
        items.set(7, item("届", "と".repeat(501)));

        assertThatThrownBy(() -> new FuriganaQuery(items)).isInstanceOfSatisfying(InvalidInput.class,
                invalid -> assertThat(invalid.violations()).containsExactly(Violation.of("items", "too-many", 200),
                        Violation.of("items[3].text", "too-long", 500), Violation.of("items[4].text", "not-blank"),
                        Violation.of("items[5].reading", "kana-only"), Violation.of("items[6]", "not-blank"),
                        Violation.of("items[7].reading", "too-long", 500)));
        assertThatThrownBy(() -> new FuriganaQuery(null)).isInstanceOfSatisfying(InvalidInput.class,
                invalid -> assertThat(invalid.violations()).containsExactly(Violation.of("items", "not-blank")));
    }
}
