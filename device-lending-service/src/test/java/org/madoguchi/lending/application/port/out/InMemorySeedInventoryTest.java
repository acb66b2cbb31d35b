package org.madoguchi.lending.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.madoguchi.lending.domain.model.DeviceNumber;
import org.madoguchi.lending.domain.model.Site;
import org.madoguchi.lending.domain.model.SiteCode;

/** The {@link SeedInventoryContract} held against {@link InMemorySeedInventory}. */
class InMemorySeedInventoryTest extends SeedInventoryContract {

    private final InMemorySeedInventory seed = new InMemorySeedInventory(List.of(
            new SeedInventory.SiteSeed(new Site(new SiteCode("ekinan"), "駅南庁舎", "Station-south building", "hoken-somu",
                    "保健総務課"), List.of(new DeviceNumber("001"), new DeviceNumber("002"))),
            new SeedInventory.SiteSeed(new Site(new SiteCode("kokufu"), "国府町総合支所", "Kokufu branch office",
                    "kokufu-chiiki-shinko", "地域振興課"), List.of(new DeviceNumber("006")))));

    @Override
    protected SeedInventory seed() {
        return seed;
    }

    @Test
    void the_fake_seeds_what_it_was_given_and_an_empty_one_seeds_nothing() {
        assertThat(seed.sites()).extracting(s -> s.site().code().value()).containsExactly("ekinan", "kokufu");
        assertThat(seed.sites().get(0).devices()).hasSize(2);
        assertThat(new InMemorySeedInventory(List.of()).sites()).isEmpty();
    }
}
