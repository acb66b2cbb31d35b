package org.madoguchi.lending.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.madoguchi.lending.domain.model.DeviceNumber;
import org.madoguchi.lending.domain.model.SiteCode;

/** What {@link SeedInventory} promises, from memory and from the class-path CSV alike: an inventory that can be loaded. */
public abstract class SeedInventoryContract {

    /** The seed under test. */
    protected abstract SeedInventory seed();

    @Test
    void every_site_is_seeded_once() {
        List<SiteCode> codes = seed().sites().stream().map(s -> s.site().code()).toList();

        assertThat(codes).isNotEmpty().doesNotHaveDuplicates();
    }

    @Test
    void no_device_number_is_seeded_twice() {
        List<DeviceNumber> numbers = seed().sites().stream().flatMap(s -> s.devices().stream()).toList();

        assertThat(numbers).isNotEmpty().doesNotHaveDuplicates();
    }

    @Test
    void every_seeded_site_has_its_names_and_the_department_that_runs_its_desk() {
        assertThat(seed().sites()).allSatisfy(s -> {
            assertThat(s.site().nameJa()).isNotBlank();
            assertThat(s.site().nameEn()).isNotBlank();
            assertThat(s.site().managingDepartment()).isNotBlank();
            assertThat(s.site().managingDepartmentJa()).isNotBlank();
        });
    }

    @Test
    void the_seed_reads_the_same_every_time() {
        assertThat(seed().sites()).isEqualTo(seed().sites());
    }
}
