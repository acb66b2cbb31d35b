package org.madoguchi.platform.failure;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The shared shape of refusals: what a domain may throw, and that domains may depend on it. */
class DomainFailureTest {

    static final class SeatTaken extends DomainFailure {
        SeatTaken(String seat) {
            super(Kind.CONFLICT, "seat-taken", seat);
        }
    }

    @Test
    void a_refusal_carries_its_kind_code_and_arguments() {
        SeatTaken taken = new SeatTaken("A-12");

        assertThat(taken.kind().status()).isEqualTo(409);
        assertThat(taken.code()).isEqualTo("seat-taken");
        assertThat(taken.arguments()).containsExactly("A-12");
        assertThat(taken.violations()).isEmpty();
    }

    @Test
    void invalid_input_reports_every_violation_under_its_parent_field() {
        InvalidInput.Collector collector = new InvalidInput.Collector().add("name", "not-blank");
        collector.check("fields[2]", () -> {
            throw InvalidInput.of("key", "too-long", 40);
        });

        assertThatThrownBy(collector::throwIfAny).isInstanceOfSatisfying(InvalidInput.class, invalid -> {
            assertThat(invalid.kind()).isEqualTo(DomainFailure.Kind.INVALID);
            assertThat(invalid.code()).isEqualTo("validation-failed");
            assertThat(invalid.arguments()).containsExactly(2);
            assertThat(invalid.violations()).containsExactly(Violation.of("name", "not-blank"),
                    Violation.of("fields[2].key", "too-long", 40));
        });
    }

    @Test
    void an_empty_collector_throws_nothing_and_invalid_input_needs_a_violation() {
        new InvalidInput.Collector().throwIfAny();

        assertThatThrownBy(() -> new InvalidInput(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_failure_package_depends_only_on_the_jdk_so_that_domains_may_use_it() {
        JavaClasses failures = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.madoguchi.platform.failure");

        assertThat(failures).isNotEmpty();
        noClasses().should().dependOnClassesThat().resideOutsideOfPackages("java..", "org.madoguchi.platform.failure..")
                .check(failures);
    }
}
