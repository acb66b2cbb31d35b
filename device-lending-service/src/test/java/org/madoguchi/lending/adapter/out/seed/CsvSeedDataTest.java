package org.madoguchi.lending.adapter.out.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import jakarta.inject.Inject;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import org.junit.jupiter.api.Test;
import org.madoguchi.lending.application.port.out.SeedInventory;
import org.madoguchi.lending.application.port.out.SeedInventoryContract;
import org.madoguchi.lending.domain.model.DeviceNumber;
import org.madoguchi.lending.domain.model.SiteCode;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;

/** The {@link SeedInventoryContract} held against {@link CsvSeedData} reading {@code seed/mobile-pc-sites.csv}. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "lending"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class CsvSeedDataTest extends SeedInventoryContract {

    @Inject
    SeedInventory seed;

    @Override
    protected SeedInventory seed() {
        return seed;
    }

    @Test
    void the_city_s_seed_has_eleven_sites_and_the_thirty_devices_no_001_to_030() {
        assertThat(seed.sites()).hasSize(11);
        assertThat(seed.sites().stream().flatMap(s -> s.devices().stream()).sorted())
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 30).mapToObj(n -> new DeviceNumber(String.format("%03d", n))).toList());
        assertThat(seed.sites()).filteredOn(s -> s.site().code().equals(new SiteCode("honchosha"))).singleElement()
                .satisfies(s -> {
                    assertThat(s.devices()).hasSize(17);
                    assertThat(s.site().managingDepartmentJa()).isEqualTo("情報政策課");
                });
    }
}
