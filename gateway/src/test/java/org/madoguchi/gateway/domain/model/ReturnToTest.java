package org.madoguchi.gateway.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class ReturnToTest {

    @Test
    void a_path_of_this_origin_is_kept_with_its_query_and_fragment() {
        assertThat(ReturnTo.of(Optional.of("/applications/mine"))).isEqualTo("/applications/mine");
        assertThat(ReturnTo.of(Optional.of("/procedures?q=hoiku#forms"))).isEqualTo("/procedures?q=hoiku#forms");
        assertThat(ReturnTo.of(Optional.of("/"))).isEqualTo("/");
    }

    @Test
    void characters_beyond_ascii_are_percent_encoded_for_the_location_header() {
        assertThat(ReturnTo.of(Optional.of("/procedures?q=妊娠"))).isEqualTo("/procedures?q=%E5%A6%8A%E5%A8%A0");
    }

    @Test
    void another_site_a_scheme_or_anything_else_goes_home() {
        for (String offSite : new String[] {"https://evil.example/", "//evil.example", "/\\evil.example",
                "\\\\evil.example", "javascript:alert(1)", "evil.example", "", " /mine", "/mine\r\nSet-Cookie: x=1",
                "/a\tb", "/a b"}) {
            assertThat(ReturnTo.of(Optional.of(offSite))).as(offSite).isEqualTo("/");
        }
        assertThat(ReturnTo.of(Optional.of("/%0d%0a"))).as("already encoded, harmless").isEqualTo("/%0d%0a");
        assertThat(ReturnTo.of(Optional.empty())).isEqualTo("/");
        assertThat(ReturnTo.of(Optional.of("/" + "a".repeat(2000)))).isEqualTo("/");
    }

    @Test
    void whatever_is_asked_the_browser_stays_on_this_origin() {
        qt().forAll(strings().allPossible().ofLengthBetween(0, 40)).checkAssert(requested -> {
            String target = ReturnTo.of(Optional.of(requested));
            assertThat(target).startsWith("/").doesNotStartWith("//").doesNotStartWith("/\\");
            assertThat(target.chars()).allMatch(c -> c > 0x20 && c < 0x7f && c != '\\');
        });
    }
}
