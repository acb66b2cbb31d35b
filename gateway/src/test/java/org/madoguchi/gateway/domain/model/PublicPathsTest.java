package org.madoguchi.gateway.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class PublicPathsTest {

    private final PublicPaths paths = PublicPaths.parse(List.of("GET /api/v1/procedures", "GET /api/v1/procedures/*",
            "POST /api/v1/forms/*/applications", "GET|POST /api/v1/notifications/unsubscribe"));

    @Test
    void admits_the_public_reads_without_a_token_and_head_with_get() {
        assertThat(paths.admitsAnonymous("GET", "/api/v1/procedures")).isTrue();
        assertThat(paths.admitsAnonymous("head", "/api/v1/procedures/42")).isTrue();
        assertThat(paths.admitsAnonymous("POST", "/api/v1/notifications/unsubscribe")).isTrue();
    }

    @Test
    void admits_no_other_method_and_no_deeper_path() {
        assertThat(paths.admitsAnonymous("POST", "/api/v1/procedures")).isFalse();
        assertThat(paths.admitsAnonymous("GET", "/api/v1/procedures/42/history")).isFalse();
        assertThat(paths.admitsAnonymous("GET", "/api/v1/forms/1/applications")).isFalse();
        assertThat(paths.admitsAnonymous("POST", "/api/v1/forms/1/applications")).isTrue();
    }

    @Test
    void refuses_a_rule_without_a_method() {
        assertThatThrownBy(() -> PublicPaths.parse(List.of("/api/v1/procedures")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
