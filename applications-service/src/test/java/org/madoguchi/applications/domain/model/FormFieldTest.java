package org.madoguchi.applications.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.madoguchi.platform.failure.InvalidInput;
import org.madoguchi.platform.failure.Violation;

/** Each field type checks its answer by its own rules, and keeps it the way the service stores it. */
class FormFieldTest {

    /** What a field made of an answer: what it keeps (or {@code null}) and every rule the answer broke. */
    private record Checked(Answer kept, List<Violation> violations) {
    }

    private static Checked check(FormField field, Answer given) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        Answer kept = field.check(given, errors);
        return new Checked(kept, errors.violations());
    }

    private static FormField field(String key, FieldType type) {
        return new FormField(key, key, null, type, false, null, null, null, List.of());
    }

    private static Answer text(String value) {
        return new Answer.Text(value);
    }

    private static Answer many(String... values) {
        return new Answer.Many(List.of(values));
    }

    private static Violation violation(String key, String code, Object... arguments) {
        return Violation.of("answers." + key, code, arguments);
    }

    private static void assertKept(FormField field, Answer given, Answer kept) {
        Checked checked = check(field, given);
        assertThat(checked.violations()).as("violations of %s", given).isEmpty();
        assertThat(checked.kept()).as("%s kept", given).isEqualTo(kept);
    }

    private static void assertRefused(FormField field, Answer given, Violation... violations) {
        assertThat(check(field, given).violations()).as("violations of %s", given).containsExactly(violations);
    }

    @Nested
    class Required_answers {

        private final FormField name = new FormField("name", "氏名", "Name", FieldType.TEXT, true, null, null, null,
                List.of());

        @Test
        void a_required_field_without_an_answer_or_with_a_blank_one_or_an_empty_list_needs_an_answer() {
            for (Answer missing : new Answer[] { null, text(""), text("  \u3000 "), many() }) {
                assertThat(check(name, missing)).as("%s", missing)
                        .isEqualTo(new Checked(null, List.of(violation("name", "answer-required"))));
            }
        }

        @Test
        void an_optional_field_may_stay_unanswered_and_keeps_nothing() {
            FormField note = field("note", FieldType.LONG_TEXT);

            assertThat(check(note, null)).isEqualTo(new Checked(null, List.of()));
            assertThat(check(note, text("   "))).isEqualTo(new Checked(null, List.of()));
        }

        @Test
        void a_required_consent_is_given_only_by_a_ticked_box() {
            FormField consent = new FormField("consent", "同意", null, FieldType.CONSENT, true, null, null, null,
                    List.of());

            assertRefused(consent, new Answer.Flag(false), violation("consent", "consent-required"));
            assertRefused(consent, null, violation("consent", "consent-required"));
            assertKept(consent, new Answer.Flag(true), new Answer.Flag(true));
        }

        @Test
        void an_optional_consent_left_unticked_is_kept_unticked() {
            assertKept(field("newsletter", FieldType.CONSENT), new Answer.Flag(false), new Answer.Flag(false));
        }
    }

    @Nested
    class Text_fields {

        @Test
        void one_line_text_refuses_a_line_break_and_is_kept_trimmed() {
            FormField name = field("name", FieldType.TEXT);

            assertRefused(name, text("鳥取\n花子"), violation("name", "single-line"));
            assertRefused(name, text("鳥取\r花子"), violation("name", "single-line"));
            assertKept(name, text("  鳥取 花子\u3000"), text("鳥取 花子"));
        }

        @Test
        void a_text_is_measured_in_characters_not_in_utf16_units() {
            FormField name = new FormField("name", "氏名", null, FieldType.TEXT, false, 2, 5, null, List.of());

            assertRefused(name, text("あいうえおか"), violation("name", "too-long", 5));
            assertRefused(name, text("𠮷"), violation("name", "too-short", 2));
            // five characters, ten UTF-16 units
            assertKept(name, text("𠮷𠮷𠮷𠮷𠮷"), text("𠮷𠮷𠮷𠮷𠮷"));
        }

        @Test
        void without_a_limit_of_its_own_a_text_holds_at_most_ten_thousand_characters() {
            FormField note = field("note", FieldType.LONG_TEXT);

            assertRefused(note, text("あ".repeat(10_001)), violation("note", "too-long", 10_000));
            assertKept(note, text("あ".repeat(10_000)), text("あ".repeat(10_000)));
        }

        @Test
        void a_text_must_match_the_whole_pattern_of_its_field() {
            FormField code = new FormField("code", "整理番号", null, FieldType.TEXT, false, null, null, "[0-9]{3}",
                    List.of());

            assertRefused(code, text("12a"), violation("code", "answer-pattern"));
            assertRefused(code, text("1234"), violation("code", "answer-pattern"));
            assertKept(code, text(" 123 "), text("123"));
        }

        @Test
        void long_text_and_addresses_keep_their_line_breaks() {
            assertKept(field("note", FieldType.LONG_TEXT), text("一行目\n二行目\n"), text("一行目\n二行目"));
            assertKept(field("address", FieldType.ADDRESS), text("鳥取市東町一丁目\n220番地"),
                    text("鳥取市東町一丁目\n220番地"));
            assertRefused(new FormField("address", "住所", null, FieldType.ADDRESS, false, null, 10, null, List.of()),
                    text("鳥取県鳥取市東町一丁目220番地"), violation("address", "too-long", 10));
        }

        @Test
        void a_text_field_refuses_what_is_not_a_text() {
            assertRefused(field("name", FieldType.TEXT), new Answer.Flag(true), violation("name", "answer-type", "TEXT"));
            assertRefused(field("note", FieldType.LONG_TEXT), many("a"), violation("note", "answer-type", "LONG_TEXT"));
            assertRefused(field("address", FieldType.ADDRESS), new Answer.Unreadable(),
                    violation("address", "answer-type", "ADDRESS"));
        }
    }

    @Nested
    class Numbers {

        private final FormField count = field("count", FieldType.NUMBER);

        @Test
        void a_number_is_kept_as_plain_ascii_digits_from_full_width_and_grouped_writing() {
            assertKept(count, new Answer.Number("3"), new Answer.Number("3"));
            assertKept(count, text("１２３"), new Answer.Number("123"));
            assertKept(count, text("1,234"), new Answer.Number("1234"));
            assertKept(count, text("１，２３４．５"), new Answer.Number("1234.5"));
            assertKept(count, text("-2.50"), new Answer.Number("-2.50"));
            assertKept(count, text("007"), new Answer.Number("7"));
        }

        @Test
        void a_number_has_at_most_fifteen_digits_and_six_decimals_and_no_exponent_or_words() {
            assertKept(count, text("123456789012345.123456"), new Answer.Number("123456789012345.123456"));
            for (String wrong : new String[] { "1234567890123456", "1.1234567", "1e5", "12人", "三", "1.", "--1" }) {
                assertRefused(count, text(wrong), violation("count", "answer-number"));
            }
        }

        @Test
        void a_number_field_refuses_a_tick_or_a_list() {
            assertRefused(count, new Answer.Flag(true), violation("count", "answer-type", "NUMBER"));
            assertRefused(count, many("1"), violation("count", "answer-type", "NUMBER"));
        }
    }

    @Nested
    class Dates {

        private final FormField day = field("day", FieldType.DATE);

        @Test
        void a_date_is_an_iso_calendar_date_full_width_too() {
            assertKept(day, text("2026-04-28"), text("2026-04-28"));
            assertKept(day, text("２０２６－０４－２８"), text("2026-04-28"));
        }

        @Test
        void a_day_that_does_not_exist_or_another_way_of_writing_is_refused() {
            for (String wrong : new String[] { "2026-02-29", "2026-04-31", "2026/04/28", "令和8年4月28日", "20260428" }) {
                assertRefused(day, text(wrong), violation("day", "answer-date"));
            }
            assertKept(day, text("2028-02-29"), text("2028-02-29"));
            assertRefused(day, new Answer.Number("20260428"), violation("day", "answer-type", "DATE"));
        }
    }

    @Nested
    class Choices {

        private final FormField site = new FormField("site", "会場", null, FieldType.SINGLE_CHOICE, false, null, null,
                null, List.of("本庁舎", "駅南庁舎"));
        private final FormField meals = new FormField("meals", "食事", null, FieldType.MULTIPLE_CHOICE, false, null,
                null, null, List.of("昼食", "夕食", "朝食"));

        @Test
        void a_single_choice_is_one_of_the_options_offered() {
            assertKept(site, text("駅南庁舎"), text("駅南庁舎"));
            assertRefused(site, text("支所"), violation("site", "answer-choice"));
            assertRefused(site, many("本庁舎"), violation("site", "answer-type", "SINGLE_CHOICE"));
        }

        @Test
        void a_multiple_choice_names_each_option_not_offered_and_each_repeated_one_by_its_place() {
            assertKept(meals, many("夕食", "昼食"), many("夕食", "昼食"));
            assertKept(meals, text("朝食"), many("朝食"));
            assertRefused(meals, many("昼食", "夜食", "昼食"), Violation.of("answers.meals[1]", "answer-choice"),
                    Violation.of("answers.meals[2]", "duplicate-choice"));
            assertRefused(meals, new Answer.Flag(true), violation("meals", "answer-type", "MULTIPLE_CHOICE"));
        }
    }

    @Nested
    class Contact_details {

        @Test
        void an_email_address_has_a_local_part_an_at_sign_and_a_domain_with_a_dot() {
            FormField email = field("email", FieldType.EMAIL);

            assertKept(email, text(" hanako.tottori@city.example.jp "), text("hanako.tottori@city.example.jp"));
            for (String wrong : new String[] { "hanako", "hanako@", "@example.jp", "hanako@localhost", "花子@example.jp",
                    "a@" + "b".repeat(250) + ".jp" }) {
                assertRefused(email, text(wrong), violation("email", "answer-email"));
            }
            assertRefused(email, new Answer.Number("1"), violation("email", "answer-type", "EMAIL"));
        }

        @Test
        void a_phone_number_is_kept_as_its_digits_from_the_ways_people_write_it() {
            FormField phone = field("phone", FieldType.PHONE);

            assertKept(phone, text("0857-22-8111"), text("0857228111"));
            assertKept(phone, text("(0857) 22-8111"), text("0857228111"));
            assertKept(phone, text("090-1234-5678"), text("09012345678"));
            assertKept(phone, text("０９０－１２３４－５６７８"), text("09012345678"));
            assertKept(phone, text("+81 90 1234 5678"), text("+819012345678"));
            for (String wrong : new String[] { "12345", "857228111", "+81 090 1234 5678", "0857-22-811a",
                    "090123456789" }) {
                assertRefused(phone, text(wrong), violation("phone", "answer-phone"));
            }
        }

        @Test
        void a_postal_code_is_kept_as_three_digits_a_hyphen_and_four_from_every_way_of_writing_it() {
            FormField postalCode = field("postalCode", FieldType.POSTAL_CODE);

            for (String written : new String[] { "680-8571", "6808571", "〒680-8571", "〒 6808571", "６８０－８５７１",
                    "〒６８０８５７１", " 680-8571 " }) {
                assertKept(postalCode, text(written), text("680-8571"));
            }
            for (String wrong : new String[] { "680-857", "68-08571", "680--8571", "680 8571", "〒", "ABC-DEFG" }) {
                assertRefused(postalCode, text(wrong), violation("postalCode", "answer-postal-code"));
            }
        }
    }

    @Nested
    class Attachments_and_my_number {

        @Test
        void an_attachment_answer_is_the_list_of_file_ids_and_nothing_else() {
            FormField files = field("files", FieldType.ATTACHMENT);

            assertKept(files, many("f-1", "f-2"), many("f-1", "f-2"));
            assertKept(files, text("f-1"), many("f-1"));
            assertRefused(files, new Answer.Flag(true), violation("files", "answer-type", "ATTACHMENT"));
            assertRefused(files, new Answer.Number("1"), violation("files", "answer-type", "ATTACHMENT"));
            assertRefused(files, new Answer.Unreadable(), violation("files", "answer-type", "ATTACHMENT"));
        }

        @Test
        void a_my_number_field_keeps_a_valid_individual_number_as_twelve_digits() {
            FormField myNumber = field("myNumber", FieldType.MY_NUMBER);

            assertKept(myNumber, text("1234 5678 9018"), text("123456789018"));
            assertKept(myNumber, text("１２３４－５６７８－９０１８"), text("123456789018"));
            assertRefused(myNumber, text("123456789012"), violation("myNumber", "answer-my-number"));
            assertRefused(myNumber, text("12345678901"), violation("myNumber", "answer-my-number"));
            assertRefused(myNumber, new Answer.Number("123456789018"), violation("myNumber", "answer-type", "MY_NUMBER"));
        }

        @Test
        void every_field_but_my_number_and_attachments_guards_against_an_individual_number() {
            for (FieldType type : FieldType.values()) {
                assertThat(field("f", type).guardsAgainstMyNumber()).as("%s", type)
                        .isEqualTo(type != FieldType.MY_NUMBER && type != FieldType.ATTACHMENT);
            }
        }
    }

    @Test
    void a_label_is_read_in_english_when_translated_and_in_japanese_otherwise() {
        FormField translated = new FormField("name", "氏名", "Name", FieldType.TEXT, true, null, null, null, null);
        FormField untranslated = new FormField("kana", "ふりがな", null, FieldType.TEXT, true, null, null, null, null);

        assertThat(translated.label(true)).isEqualTo("Name");
        assertThat(translated.label(false)).isEqualTo("氏名");
        assertThat(untranslated.label(true)).isEqualTo("ふりがな");
        assertThat(translated.choices()).isEmpty();
    }
}
