package org.madoguchi.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;

class ProblemCatalogTest {

    private final ProblemCatalog catalog = new ProblemCatalog("ServiceProblemMessages");

    @Test
    void the_service_bundle_words_its_own_codes() {
        assertThat(catalog.title("application-not-found", 404, Locale.JAPANESE)).isEqualTo("申請が見つかりません");
        assertThat(catalog.detail("application-not-found", Locale.ENGLISH, List.of("R7-000123")))
                .contains("There is no application with receipt number R7-000123.");
    }

    @Test
    void platform_codes_are_found_behind_the_service_bundle() {
        assertThat(catalog.title("not-found", 404, Locale.ENGLISH)).isEqualTo("Not found");
        assertThat(catalog.detail("validation-failed", Locale.JAPANESE, List.of(3))).contains("3件の項目を確認してください。");
    }

    @Test
    void a_service_without_a_bundle_gets_the_platform_words() {
        ProblemCatalog bare = new ProblemCatalog("NoSuchServiceMessages");
        assertThat(bare.title("conflict", 409, Locale.JAPANESE)).isEqualTo("現在の状態では処理できません");
        assertThat(bare.title("application-not-found", 404, Locale.ENGLISH)).isEqualTo("Not found");
        assertThat(bare.detail("application-not-found", Locale.ENGLISH, List.of())).isEmpty();
    }

    @Test
    void a_status_without_a_code_of_its_own_takes_the_generic_title_of_its_class() {
        assertThat(catalog.title("teapot", 418, Locale.ENGLISH)).isEqualTo("Request cannot be processed");
        assertThat(catalog.title("bandwidth", 509, Locale.JAPANESE)).isEqualTo("サーバーでエラーが発生しました");
    }

    @Test
    void a_field_message_without_words_shows_its_code() {
        assertThat(catalog.fieldMessage("no-such-code", Locale.JAPANESE, List.of())).isEqualTo("no-such-code");
    }

    @Test
    void the_platform_bundles_have_the_same_keys_in_japanese_and_english() {
        ResourceBundle.Control control = ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES);
        ResourceBundle japanese = ResourceBundle.getBundle(ProblemCatalog.PLATFORM_BUNDLE, Locale.JAPANESE, control);
        ResourceBundle english = ResourceBundle.getBundle(ProblemCatalog.PLATFORM_BUNDLE, Locale.ENGLISH, control);
        assertThat(japanese.keySet()).isEqualTo(english.keySet());
        assertThat(japanese.keySet()).contains("internal-error.title", "malformed-body.title",
                "validation-failed.title", "not-found.title", "method-not-allowed.title",
                "unsupported-media-type.title", "not-acceptable.title", "forbidden.title", "unauthorized.title",
                "conflict.title", "precondition-failed.title", "payload-too-large.title");
    }

    @Test
    void every_generic_status_code_has_a_title_and_detail() {
        for (int status : List.of(400, 401, 403, 404, 405, 406, 409, 410, 412, 413, 415, 422, 428, 429, 500, 502,
                503, 504)) {
            String code = StatusCodes.of(status);
            for (Locale locale : ResponseLanguage.SUPPORTED) {
                assertThat(catalog.text(code + ".title", locale, List.of())).as(code + " title " + locale).isPresent();
                assertThat(catalog.text(code + ".detail", locale, List.of())).as(code + " detail " + locale).isPresent();
            }
        }
    }
}
