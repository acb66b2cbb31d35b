package org.madoguchi.lending.application.port.out;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.madoguchi.lending.domain.model.Department;
import org.madoguchi.lending.domain.model.DepartmentCode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link Departments} does, run against the in-memory fake and the PostgreSQL adapter alike. Codes
 * are fresh in every test, so the contract holds in a directory that already has departments.
 */
public abstract class DepartmentsContract {

    /** The directory under test. */
    protected abstract Departments departments();

    private static DepartmentCode freshCode() {
        return new DepartmentCode("test-" + UUID.randomUUID());
    }

    @Test
    void a_department_added_is_named_by_its_code() {
        DepartmentCode code = freshCode();

        assertThat(departments().addIfMissing(new Department(code, "健康・子育て推進課", "Health and Child-Rearing Promotion Division")))
                .isTrue();

        assertThat(departments().nameOf(code)).contains("健康・子育て推進課");
    }

    @Test
    void a_code_the_directory_does_not_know_has_no_name() {
        assertThat(departments().nameOf(freshCode())).isEmpty();
    }

    @Test
    void adding_a_known_code_again_keeps_its_entry() {
        DepartmentCode code = freshCode();
        departments().addIfMissing(new Department(code, "下水道経営課", null));

        assertThat(departments().addIfMissing(new Department(code, "別の名前", null))).isFalse();

        assertThat(departments().nameOf(code)).contains("下水道経営課");
    }
}
