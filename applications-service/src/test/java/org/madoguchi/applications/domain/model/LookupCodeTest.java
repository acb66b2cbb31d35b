package org.madoguchi.applications.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * 照会番号: twelve characters without look-alikes, printed in groups of four, typed back in any case and spacing;
 * only its digest is kept, and neither shows in a log line.
 */
class LookupCodeTest {

    @Test
    void a_new_code_is_twelve_characters_without_0_o_1_i_or_l() {
        IntStream.range(0, 1000).mapToObj(i -> LookupCode.random().value())
                .forEach(code -> assertThat(code).matches("[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{12}"));
    }

    @Test
    void ten_thousand_new_codes_are_all_different() {
        Set<String> codes = new HashSet<>();
        IntStream.range(0, 10_000).forEach(i -> codes.add(LookupCode.random().value()));

        assertThat(codes).hasSize(10_000);
    }

    @Test
    void a_code_is_printed_in_groups_of_four_and_read_back_however_it_is_typed() {
        LookupCode code = new LookupCode("ABCDEFGH2345");

        assertThat(code.printed()).isEqualTo("ABCD-EFGH-2345");
        for (String typed : new String[] { "ABCD-EFGH-2345", "abcd efgh 2345", "ａｂｃｄ－ｅｆｇｈ－２３４５", " abcdefgh2345 ",
                "ABCDーEFGHー2345" }) {
            assertThat(LookupCode.typed(typed)).as(typed).isEqualTo(code);
            assertThat(code.digest().matches(LookupCode.typed(typed))).as(typed).isTrue();
        }
    }

    @Test
    void the_digest_matches_its_own_code_only_and_equals_the_digest_of_the_same_code() {
        LookupCode code = LookupCode.random();
        LookupCode.Digest digest = code.digest();

        assertThat(digest.matches(code)).isTrue();
        assertThat(digest.matches(LookupCode.random())).isFalse();
        assertThat(digest).isEqualTo(new LookupCode(code.value()).digest()).hasSameHashCodeAs(code.digest());
        assertThat(digest.bytes()).hasSize(32);
        byte[] taken = digest.bytes();
        taken[0] ^= 1;
        assertThat(digest.matches(code)).as("a copy of the bytes changed outside").isTrue();
    }

    @Test
    void neither_a_code_nor_its_digest_prints_itself() {
        LookupCode code = new LookupCode("ABCDEFGH2345");

        assertThat(code.toString()).doesNotContain("ABCD").isEqualTo("LookupCode[…]");
        assertThat(code.digest().toString()).isEqualTo("Digest[…]");
    }
}
