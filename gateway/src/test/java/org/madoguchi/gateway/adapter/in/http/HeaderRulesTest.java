package org.madoguchi.gateway.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.vertx.core.MultiMap;

class HeaderRulesTest {

    @Test
    void a_header_the_connection_header_names_does_not_reach_the_service_but_the_body_framing_stays() {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap()
                .add("Connection", "keep-alive, X-Secret, Content-Length")
                .add("X-Secret", "s").add("Content-Length", "12").add("Authorization", "Bearer t")
                .add("X-Internal-Trace", "1").add("x-forwarded-port", "443");
        HeaderRules.towardsService(headers, List.of("x-internal-*"), "192.0.2.7", "https", "city.example", "rid",
                "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", false);
        assertThat(headers.contains("X-Secret")).isFalse();
        assertThat(headers.contains("X-Internal-Trace")).isFalse();
        assertThat(headers.contains("x-forwarded-port")).isFalse();
        assertThat(headers.get("Content-Length")).isEqualTo("12");
        assertThat(headers.get("Authorization")).isEqualTo("Bearer t");
        assertThat(headers.get("X-Forwarded-For")).isEqualTo("192.0.2.7");
        assertThat(headers.get("X-Forwarded-Host")).isEqualTo("city.example");
        assertThat(headers.get("X-Request-Id")).isEqualTo("rid");
    }

    @Test
    void the_callers_answer_loses_hop_by_hop_cors_and_the_services_request_id() {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap()
                .add("Connection", "close, X-Hop").add("X-Hop", "1").add("Keep-Alive", "timeout=5")
                .add("Access-Control-Allow-Origin", "*").add("X-Request-Id", "theirs").add("ETag", "\"3\"");
        HeaderRules.towardsCaller(headers);
        assertThat(headers.names()).containsExactly("ETag");
    }

    @Test
    void the_gateways_sign_in_cookies_never_reach_a_service_and_other_cookies_do() {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap()
                .add("Cookie", "theme=dark; q_session_web=abc; q_auth_web=state|x")
                .add("Cookie", "lang=ja");
        HeaderRules.withoutSignInCookies(headers);
        assertThat(headers.getAll("Cookie")).containsExactly("theme=dark; lang=ja");

        MultiMap onlySignIn = MultiMap.caseInsensitiveMultiMap().add("Cookie", "q_session_web=abc");
        HeaderRules.withoutSignInCookies(onlySignIn);
        assertThat(onlySignIn.contains("Cookie")).isFalse();

        MultiMap none = MultiMap.caseInsensitiveMultiMap().add("Cookie", "theme=dark");
        HeaderRules.withoutSignInCookies(none);
        assertThat(none.getAll("Cookie")).containsExactly("theme=dark");
    }
}
