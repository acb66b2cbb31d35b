package org.madoguchi.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class ResponseLanguageTest {

    @Test
    void japanese_is_the_default_without_a_header() {
        assertThat(ResponseLanguage.of(null)).isEqualTo(Locale.JAPANESE);
        assertThat(ResponseLanguage.of(" ")).isEqualTo(Locale.JAPANESE);
    }

    @Test
    void english_wins_when_the_caller_ranks_it_first() {
        assertThat(ResponseLanguage.of("en-US,en;q=0.9,ja;q=0.5")).isEqualTo(Locale.ENGLISH);
        assertThat(ResponseLanguage.of("en-GB")).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void japanese_wins_when_the_caller_ranks_it_before_english() {
        assertThat(ResponseLanguage.of("ja-JP,en;q=0.8")).isEqualTo(Locale.JAPANESE);
        assertThat(ResponseLanguage.of("en;q=0.3,ja;q=0.9")).isEqualTo(Locale.JAPANESE);
    }

    @Test
    void an_unsupported_language_gives_way_to_the_next_supported_one() {
        assertThat(ResponseLanguage.of("fr-FR,fr;q=0.9,en;q=0.5")).isEqualTo(Locale.ENGLISH);
        assertThat(ResponseLanguage.of("ko")).isEqualTo(Locale.JAPANESE);
    }

    @Test
    void a_malformed_header_means_japanese() {
        assertThat(ResponseLanguage.of("en;q=x;;")).isEqualTo(Locale.JAPANESE);
    }
}
