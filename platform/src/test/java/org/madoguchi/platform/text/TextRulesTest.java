package org.madoguchi.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** What text every field may hold, and what a field of one line may hold. */
class TextRulesTest {

    @Test
    void japanese_text_emoji_and_line_breaks_are_text() {
        assertThat(TextRules.check("鳥取市役所 〒680-8571\r\n行政手続き🗾\t担当", true, 100)).isEmpty();
    }

    @Test
    void nul_other_c0_controls_and_del_are_refused_everywhere() {
        for (String text : new String[] { "a\u0000b", "\u0001", "x\u001b[0m", "\u007f", "\u000b", "\u000c" }) {
            assertThat(TextRules.check(text, true, 100)).as(text).contains(TextRules.CONTROL_CHARACTER);
        }
    }

    @Test
    void unpaired_surrogates_are_refused_and_pairs_are_not() {
        assertThat(TextRules.check("a\ud800", true, 100)).contains(TextRules.UNPAIRED_SURROGATE);
        assertThat(TextRules.check("\udc00a", true, 100)).contains(TextRules.UNPAIRED_SURROGATE);
        assertThat(TextRules.check("\ud800\ud800\udc00", true, 100)).contains(TextRules.UNPAIRED_SURROGATE);
        assertThat(TextRules.check("\ud842\udfb7野家", true, 100)).isEmpty();
    }

    @Test
    void a_field_of_one_line_refuses_tabs_and_line_breaks() {
        for (String text : new String[] { "a\nb", "a\rb", "a\tb" }) {
            assertThat(TextRules.check(text, false, 100)).as(text).contains(TextRules.LINE_BREAK);
        }
    }

    @Test
    void text_over_the_limit_is_too_long_and_text_at_the_limit_is_not() {
        assertThat(TextRules.check("あ".repeat(10), true, 10)).isEmpty();
        assertThat(TextRules.check("あ".repeat(11), true, 10)).isEqualTo(Optional.of(TextRules.TOO_LONG));
    }
}
