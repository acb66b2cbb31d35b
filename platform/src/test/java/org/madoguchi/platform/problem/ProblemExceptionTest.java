package org.madoguchi.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProblemExceptionTest {

    @Test
    void the_factories_set_the_status_of_their_name() {
        assertThat(ProblemException.badRequest("x").status()).isEqualTo(400);
        assertThat(ProblemException.forbidden("x").status()).isEqualTo(403);
        assertThat(ProblemException.notFound("x").status()).isEqualTo(404);
        assertThat(ProblemException.conflict("x").status()).isEqualTo(409);
        assertThat(ProblemException.preconditionFailed("x").status()).isEqualTo(412);
        assertThat(ProblemException.unprocessable("x").status()).isEqualTo(422);
    }

    @Test
    void adding_a_field_error_leaves_the_original_unchanged() {
        ProblemException original = ProblemException.badRequest("invalid-period", "R7-1");
        ProblemException withField = original.withFieldError("returnOn", "return-before-start", "2025-04-01");

        assertThat(original.fieldErrors()).isEmpty();
        assertThat(withField.fieldErrors()).containsExactly(FieldError.of("returnOn", "return-before-start", "2025-04-01"));
        assertThat(withField.code()).isEqualTo("invalid-period");
        assertThat(withField.arguments()).containsExactly("R7-1");
    }

    @Test
    void the_cause_is_kept_for_the_log() {
        IllegalStateException domainFailure = new IllegalStateException("reservation overlaps");
        assertThat(ProblemException.conflict("reservation-overlaps").causedBy(domainFailure).getCause())
                .isSameAs(domainFailure);
    }

    @Test
    void a_problem_is_a_client_or_server_error() {
        assertThatThrownBy(() -> new ProblemException(302, "moved")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void arguments_may_be_null() {
        assertThat(ProblemException.notFound("x", (Object) null).arguments()).containsExactly((Object) null);
    }
}
