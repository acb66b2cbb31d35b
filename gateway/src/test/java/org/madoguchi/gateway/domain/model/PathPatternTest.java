package org.madoguchi.gateway.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

class PathPatternTest {

    @Test
    void a_pattern_of_literal_segments_matches_exactly_its_own_path() {
        qt().forAll(lists().of(strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 6)).ofSizeBetween(1, 5))
                .checkAssert(segments -> {
                    String path = "/" + String.join("/", segments);
                    PathPattern pattern = new PathPattern(path);
                    assertThat(pattern.matches(path)).isTrue();
                    assertThat(pattern.matches(path + "/more")).isFalse();
                    assertThat(pattern.matches(path + "/")).isTrue();
                });
    }

    @Test
    void a_double_star_matches_the_prefix_and_everything_beneath_it() {
        PathPattern lending = new PathPattern("/api/v1/lending/**");
        qt().forAll(lists().of(strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 6)).ofSizeBetween(0, 4))
                .checkAssert(rest -> assertThat(lending.matches(
                        "/api/v1/lending" + (rest.isEmpty() ? "" : "/" + String.join("/", rest)))).isTrue());
        assertThat(lending.matches("/api/v1/lendings")).isFalse();
        assertThat(lending.matches("/api/v1")).isFalse();
    }

    @Test
    void a_single_star_stands_for_exactly_one_segment() {
        PathPattern applications = new PathPattern("/api/v1/forms/*/applications");
        assertThat(applications.matches("/api/v1/forms/3f1c/applications")).isTrue();
        assertThat(applications.matches("/api/v1/forms/applications")).isFalse();
        assertThat(applications.matches("/api/v1/forms/a/b/applications")).isFalse();
    }

    @Test
    void more_literal_segments_are_more_specific_whatever_the_wildcards() {
        qt().forAll(integers().between(1, 5)).checkAssert(depth -> {
            String base = "/api" + "/x".repeat(depth);
            assertThat(new PathPattern(base + "/*/leaf").specificity())
                    .isGreaterThan(new PathPattern(base + "/**").specificity());
            assertThat(new PathPattern(base).specificity()).isGreaterThan(new PathPattern(base + "/**").specificity());
        });
    }

    @Test
    void refuses_patterns_it_could_not_match_as_written() {
        assertThatThrownBy(() -> new PathPattern("api/v1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PathPattern("/api/**/forms")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PathPattern("/api/v1/form*")).isInstanceOf(IllegalArgumentException.class);
    }
}
