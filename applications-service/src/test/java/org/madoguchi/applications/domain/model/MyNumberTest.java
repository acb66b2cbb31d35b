package org.madoguchi.applications.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.KOSODATE;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.madoguchi.platform.failure.Violation;

/**
 * 個人番号: twelve digits whose last is a check digit over the other eleven (行政手続における特定の個人を識別するための
 * 番号の利用等に関する法律施行令 第8条, 総務省令): check = 11 − (Σ Pn × Qn mod 11), or 0 when the remainder is 0 or
 * 1, where Pn is the n-th of the first eleven digits counted from the right, Qn = n + 1 for n ≤ 6 and n − 5 for
 * n ≥ 7. Read left to right, the first eleven digits are weighted 6 5 4 3 2 7 6 5 4 3 2. The service refuses a valid
 * number in any field not declared to collect it, so that a city does not collect it by accident.
 */
class MyNumberTest {

    /** The weights of the first eleven digits read left to right: Q11 … Q1. */
    private static final int[] WEIGHTS = { 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2 };

    /** The check digit of eleven digits, computed here the spec's way but left to right. */
    private static int checkDigit(String eleven) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += (eleven.charAt(i) - '0') * WEIGHTS[i];
        }
        int remainder = sum % 11;
        return remainder <= 1 ? 0 : 11 - remainder;
    }

    @Test
    void numbers_whose_check_digit_is_right_are_valid() {
        // 1 2 3 4 5 6 7 8 9 0 1 | 8: 1·6 + 2·5 + 3·4 + 4·3 + 5·2 + 6·7 + 7·6 + 8·5 + 9·4 + 0·3 + 1·2 = 212;
        // 212 mod 11 = 3 (11·19 = 209); 11 − 3 = 8
        assertThat(MyNumber.isValid("123456789018")).isTrue();
        // eleven ones: 6+5+4+3+2+7+6+5+4+3+2 = 47; 47 mod 11 = 3; 11 − 3 = 8
        assertThat(MyNumber.isValid("111111111118")).isTrue();
        // 1 4 1 4 2 1 3 5 6 2 3: 6 + 20 + 4 + 12 + 4 + 7 + 18 + 25 + 24 + 6 + 6 = 132 = 11·12; remainder 0 → 0
        assertThat(MyNumber.isValid("141421356230")).isTrue();
        // ten zeros and a 6: 6·2 = 12; 12 mod 11 = 1 → 0
        assertThat(MyNumber.isValid("000000000060")).isTrue();
        // 9 8 7 6 5 4 3 2 1 0 9: 54 + 40 + 28 + 18 + 10 + 28 + 18 + 10 + 4 + 0 + 18 = 228; 228 mod 11 = 8; 11 − 8 = 3
        assertThat(MyNumber.isValid("987654321093")).isTrue();
    }

    @Test
    void the_same_digits_with_any_other_last_digit_are_invalid() {
        for (String valid : List.of("123456789018", "141421356230", "000000000060")) {
            String eleven = valid.substring(0, 11);
            for (char last = '0'; last <= '9'; last++) {
                assertThat(MyNumber.isValid(eleven + last)).as(eleven + last).isEqualTo(last == valid.charAt(11));
            }
        }
    }

    /** 1000 runs of eleven digits drawn at random; a failure names them and the seed. */
    @Test
    void of_the_ten_numbers_that_share_their_first_eleven_digits_exactly_the_one_with_the_spec_check_digit_is_valid() {
        qt().forAll(longs().between(0, 99_999_999_999L)).checkAssert(drawn -> {
            String eleven = String.format("%011d", drawn);
            List<Integer> valid = IntStream.rangeClosed(0, 9).filter(d -> MyNumber.isValid(eleven + d)).boxed()
                    .toList();
            assertThat(valid).as(eleven).containsExactly(checkDigit(eleven));
        });
    }

    @Test
    void only_twelve_ascii_digits_can_be_an_individual_number() {
        for (String wrong : new String[] { null, "", "12345678901", "1234567890180", "1234 5678 9018", "12345678901a",
                "１２３４５６７８９０１８" }) {
            assertThat(MyNumber.isValid(wrong)).as(wrong).isFalse();
        }
    }

    @Test
    void a_valid_number_is_found_in_text_together_grouped_four_four_four_or_in_full_width_digits() {
        for (String text : new String[] { "123456789018", "個人番号は123456789018です", "1234 5678 9018",
                "1234-5678-9018", "番号: 1234-5678 9018.", "１２３４５６７８９０１８", "１２３４－５６７８－９０１８",
                "１２３４　５６７８　９０１８", "1234ー5678ー9018", "1234−5678−9018", "電話 0857-22-8111、番号 141421356230" }) {
            assertThat(MyNumber.appearsIn(text)).as(text).isTrue();
        }
    }

    @Test
    void twelve_digits_inside_a_longer_run_of_digits_or_with_a_wrong_check_digit_are_not_an_individual_number() {
        for (String text : new String[] { "1123456789018", "1234567890189", "口座 00123456789018", "123456789012",
                "1234-5678-9012", "12345-678-9018", "1234567 89018", "1234--5678-9018", "" }) {
            assertThat(MyNumber.appearsIn(text)).as(text).isFalse();
        }
    }

    private static Form formWith(FormField... fields) {
        return new Form(new FormId(UUID.randomUUID()), 1, FormKind.PROCEDURE, KOSODATE, "番号の様式", null, List.of(fields),
                false, null, null, OptionalInt.empty(), Optional.empty(), false);
    }

    private static FormField field(String key, FieldType type) {
        return new FormField(key, key, null, type, false, null, null, null, List.of());
    }

    @Test
    void the_guard_refuses_a_valid_number_in_a_field_not_declared_to_collect_it() {
        Form form = formWith(field("note", FieldType.TEXT), field("detail", FieldType.LONG_TEXT),
                field("count", FieldType.NUMBER), field("address", FieldType.ADDRESS));
        Answers given = new Answers(Map.of("note", new Answer.Text("番号 1234-5678-9018"),
                "detail", new Answer.Text("１２３４５６７８９０１８"), "count", new Answer.Number("123456789018"),
                "address", new Answer.Text("鳥取市 123456789018")));

        assertThatThrownBy(() -> form.check(given)).isInstanceOfSatisfying(AnswersRejected.class,
                rejected -> assertThat(rejected.violations()).containsExactly(
                        Violation.of("answers.note", "my-number-not-collected"),
                        Violation.of("answers.detail", "my-number-not-collected"),
                        Violation.of("answers.count", "my-number-not-collected"),
                        Violation.of("answers.address", "my-number-not-collected")));
    }

    @Test
    void the_guard_lets_the_same_digits_with_a_wrong_check_digit_through() {
        Form form = formWith(field("note", FieldType.TEXT), field("count", FieldType.NUMBER));

        Answers kept = form.check(new Answers(Map.of("note", new Answer.Text("番号 1234-5678-9012"),
                "count", new Answer.Number("123456789012"))));

        assertThat(kept.values()).containsEntry("note", new Answer.Text("番号 1234-5678-9012"))
                .containsEntry("count", new Answer.Number("123456789012"));
    }

    @Test
    void a_field_declared_for_it_takes_a_valid_number_and_refuses_an_invalid_one() {
        Form form = formWith(field("myNumber", FieldType.MY_NUMBER));

        assertThat(form.check(new Answers(Map.of("myNumber", new Answer.Text("1234 5678 9018")))).values())
                .containsExactly(Map.entry("myNumber", new Answer.Text("123456789018")));
        assertThatThrownBy(() -> form.check(new Answers(Map.of("myNumber", new Answer.Text("1234 5678 9012")))))
                .isInstanceOfSatisfying(AnswersRejected.class, rejected -> assertThat(rejected.violations())
                        .containsExactly(Violation.of("answers.myNumber", "answer-my-number")));
    }

    @Test
    void file_ids_of_an_attachment_field_are_not_read_as_numbers() {
        Form form = formWith(field("files", FieldType.ATTACHMENT));

        assertThat(form.check(new Answers(Map.of("files", new Answer.Many(List.of("123456789018"))))).values())
                .containsEntry("files", new Answer.Many(List.of("123456789018")));
    }

    @Test
    void a_number_among_the_chosen_options_is_refused_too() {
        Form form = formWith(new FormField("tags", "タグ", null, FieldType.MULTIPLE_CHOICE, false, null, null, null,
                List.of("123456789018", "その他")));

        assertThatThrownBy(() -> form.check(new Answers(Map.of("tags", new Answer.Many(List.of("123456789018"))))))
                .isInstanceOfSatisfying(AnswersRejected.class, rejected -> assertThat(rejected.violations())
                        .containsExactly(Violation.of("answers.tags", "my-number-not-collected")));
    }
}
