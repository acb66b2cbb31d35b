package org.madoguchi.gateway.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class WebSessionTest {

    private static final Instant NOW = Instant.parse("2026-04-01T00:00:00Z");

    private static WebSession session(Optional<WebSession> replaced) {
        return WebSession.of("id-token", "access-token", Optional.of("refresh-token"), NOW.plusSeconds(600), replaced);
    }

    @Test
    void a_refresh_keeps_the_csrf_token_the_page_holds() {
        WebSession first = session(Optional.empty());
        WebSession refreshed = session(Optional.of(first));

        assertThat(refreshed.csrfToken()).isEqualTo(first.csrfToken());
    }

    @Test
    void each_new_sign_in_gets_a_new_random_csrf_token() {
        assertThat(session(Optional.empty()).csrfToken()).isNotEqualTo(session(Optional.empty()).csrfToken());
    }

    @Test
    void it_may_be_used_until_its_end() {
        WebSession session = session(Optional.empty());
        assertThat(session.isUsableAt(NOW.plusSeconds(599))).isTrue();
        assertThat(session.isUsableAt(NOW.plusSeconds(600))).isFalse();
    }

    @Test
    void a_csrf_token_matches_only_itself_and_never_nothing() {
        CsrfToken token = CsrfToken.random();

        assertThat(token.value()).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(token.matches(token.value())).isTrue();
        assertThat(token.matches(" " + token.value() + " ")).isTrue();
        assertThat(token.matches(token.value().substring(1))).isFalse();
        assertThat(token.matches(CsrfToken.random().value())).isFalse();
        assertThat(token.matches("")).isFalse();
        assertThat(token.matches(null)).isFalse();
        assertThat(token.toString()).doesNotContain(token.value());
        assertThatThrownBy(() -> new CsrfToken("short")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_session_id_is_random_and_stored_only_as_its_digest() {
        SessionId id = SessionId.random();

        assertThat(id.value()).hasSize(43).isNotEqualTo(SessionId.random().value());
        assertThat(id.digest()).hasSize(64).matches("[0-9a-f]+").doesNotContain(id.value());
        assertThat(new SessionId(id.value()).digest()).isEqualTo(id.digest());
        assertThat(SessionId.isWellFormed(id.value())).isTrue();
        assertThat(SessionId.isWellFormed("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln")).isFalse();
        assertThat(SessionId.isWellFormed(null)).isFalse();
        assertThat(id.toString()).doesNotContain(id.value());
    }
}
