package org.madoguchi.gateway.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class RequestAndTraceTest {

    @Test
    void keeps_a_plain_request_id_and_replaces_anything_else() {
        assertThat(RequestId.fromCaller(Optional.of("req-42.a_b")).value()).isEqualTo("req-42.a_b");
        assertThat(RequestId.fromCaller(Optional.of("two words")).value()).matches("[0-9a-f-]{36}");
        assertThat(RequestId.fromCaller(Optional.of("x".repeat(129))).value()).matches("[0-9a-f-]{36}");
        assertThat(RequestId.fromCaller(Optional.empty()).value()).matches("[0-9a-f-]{36}");
    }

    @Test
    void continues_the_callers_trace_with_a_span_of_its_own() {
        String sent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        TraceContext next = TraceContext.continuing(Optional.of(sent));
        assertThat(next.traceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(next.parentId()).matches("[0-9a-f]{16}").isNotEqualTo("00f067aa0ba902b7");
        assertThat(next.header()).matches("00-4bf92f3577b34da6a3ce929d0e0e4736-[0-9a-f]{16}-01");
        assertThat(TraceContext.isValid(Optional.of(sent))).isTrue();
    }

    @Test
    void starts_a_new_trace_when_the_callers_is_missing_or_malformed() {
        for (Optional<String> sent : java.util.List.of(Optional.<String>empty(), Optional.of("garbage"),
                Optional.of("00-00000000000000000000000000000000-00f067aa0ba902b7-01"))) {
            TraceContext next = TraceContext.continuing(sent);
            assertThat(next.header()).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
            assertThat(next.traceId()).isNotEqualTo("00000000000000000000000000000000");
        }
        assertThat(TraceContext.isValid(Optional.of("garbage"))).isFalse();
    }
}
