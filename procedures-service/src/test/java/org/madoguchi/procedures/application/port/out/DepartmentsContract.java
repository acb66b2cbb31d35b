package org.madoguchi.procedures.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.madoguchi.procedures.domain.model.Department;
import org.madoguchi.procedures.domain.model.DepartmentCode;
import org.madoguchi.procedures.domain.model.DuplicateDepartmentName;

/**
 * What every {@link Departments} store does: a department saved is read back the same by code and by
 * name, saving it again replaces it, names are unique, and the list follows the organisational order.
 * The store may hold the seeded departments: assertions look at this test's own departments.
 */
public abstract class DepartmentsContract {

    /** The store under test. */
    protected abstract Departments departments();

    /** Starts what keeps this test's data apart from the others': nothing for a fake. */
    protected void beginTest() {
    }

    /** Discards what this test stored: nothing for a fake. */
    protected void endTest() {
    }

    @BeforeEach
    final void begin() {
        beginTest();
    }

    @AfterEach
    final void end() {
        endTest();
    }

    private static Department renamed(Department department, String name) {
        return new Department(department.code(), name, department.nameEn(), department.division(), department.rank());
    }

    @Test
    void a_department_saved_is_read_back_the_same_by_code_and_by_name() {
        Department branch = RegistryExamples.department("地域振興課", 50);
        Department plain = new Department(new DepartmentCode("contract-" + RegistryExamples.unique()),
                "無所属課" + RegistryExamples.unique(), "Unattached Division", null, 1000);

        departments().save(branch);
        departments().save(plain);

        assertThat(departments().find(branch.code())).contains(branch);
        assertThat(departments().findByName(branch.name())).contains(branch);
        assertThat(departments().find(plain.code())).hasValueSatisfying(d -> {
            assertThat(d).isEqualTo(plain);
            assertThat(d.divisionName()).isEmpty();
        });
    }

    @Test
    void lookups_of_an_unknown_code_or_name_are_empty() {
        departments().save(RegistryExamples.department("既知課", 50));

        assertThat(departments().find(new DepartmentCode("contract-" + RegistryExamples.unique()))).isEmpty();
        assertThat(departments().findByName("存在しない課" + RegistryExamples.unique())).isEmpty();
    }

    @Test
    void saving_a_department_again_under_its_code_replaces_every_part_of_it() {
        Department before = RegistryExamples.department("旧名課", 50);
        Department after = new Department(before.code(), "新名課" + RegistryExamples.unique(), "Renamed Division", null,
                7);
        departments().save(before);

        departments().save(after);

        assertThat(departments().find(before.code())).contains(after);
        assertThat(departments().findByName(before.name())).isEmpty();
        assertThat(departments().findByName(after.name())).contains(after);
        assertThat(departments().all()).filteredOn(d -> d.code().equals(before.code())).containsExactly(after);
    }

    @Test
    void every_department_is_listed_by_rank_and_then_by_code() {
        String prefix = "contract-" + RegistryExamples.unique();
        Department second = new Department(new DepartmentCode(prefix + "-b"), prefix + "二課", "B", null, 5);
        Department third = new Department(new DepartmentCode(prefix + "-c"), prefix + "三課", "C", null, 5);
        Department first = new Department(new DepartmentCode(prefix + "-z"), prefix + "一課", "Z", null, 3);
        departments().save(third);
        departments().save(first);
        departments().save(second);
        Set<DepartmentCode> ours = Set.of(first.code(), second.code(), third.code());

        List<Department> all = departments().all();

        assertThat(all).isSortedAccordingTo(Comparator.comparingInt(Department::rank)
                .thenComparing(d -> d.code().value()));
        assertThat(all).filteredOn(d -> ours.contains(d.code())).containsExactly(first, second, third);
    }

    @Test
    void a_new_department_with_the_name_of_another_is_refused() {
        Department taken = RegistryExamples.department("重複課", 50);
        departments().save(taken);
        Department another = new Department(new DepartmentCode("contract-" + RegistryExamples.unique()), taken.name(),
                "Another Division", null, 60);

        assertThatThrownBy(() -> departments().save(another)).isInstanceOfSatisfying(DuplicateDepartmentName.class,
                e -> assertThat(e.name()).isEqualTo(taken.name()));
    }

    @Test
    void renaming_a_department_to_the_name_of_another_is_refused() {
        Department taken = RegistryExamples.department("重複課", 50);
        Department renaming = RegistryExamples.department("改名課", 60);
        departments().save(taken);
        departments().save(renaming);

        assertThatThrownBy(() -> departments().save(renamed(renaming, taken.name())))
                .isInstanceOfSatisfying(DuplicateDepartmentName.class,
                        e -> assertThat(e.name()).isEqualTo(taken.name()));
    }
}
