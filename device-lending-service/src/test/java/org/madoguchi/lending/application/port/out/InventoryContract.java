package org.madoguchi.lending.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.madoguchi.lending.domain.model.Device;
import org.madoguchi.lending.domain.model.DeviceId;
import org.madoguchi.lending.domain.model.DeviceNumber;
import org.madoguchi.lending.domain.model.DeviceStatus;
import org.madoguchi.lending.domain.model.KitItem;
import org.madoguchi.lending.domain.model.Site;
import org.madoguchi.lending.domain.model.SiteCode;

/** What {@link Inventory} promises, in memory and on PostgreSQL alike. */
public abstract class InventoryContract extends OutPortContract {

    private Inventory inventory() {
        return ports().inventory();
    }

    @Test
    void a_saved_site_reads_back_the_same() {
        Site site = freshSite();

        assertThat(inTransaction(() -> inventory().site(site.code()))).contains(site);
    }

    @Test
    void an_unknown_site_is_not_found() {
        assertThat(inTransaction(() -> inventory().site(new SiteCode("atlantis")))).isEmpty();
    }

    @Test
    void saving_a_site_again_changes_it_in_place() {
        Site site = freshSite();
        Site renamed = new Site(site.code(), "新庁舎", "New building", "somu", "総務課");

        inTransaction(() -> inventory().save(renamed));

        assertThat(inTransaction(() -> inventory().site(site.code()))).contains(renamed);
        assertThat(inTransaction(() -> inventory().sites())).filteredOn(s -> s.code().equals(site.code()))
                .containsExactly(renamed);
    }

    @Test
    void the_sites_are_listed_by_code() {
        Site one = freshSite();
        Site other = freshSite();

        List<SiteCode> mine = inTransaction(() -> inventory().sites()).stream().map(Site::code)
                .filter(code -> code.equals(one.code()) || code.equals(other.code())).toList();

        assertThat(mine).containsExactlyElementsOf(List.of(one.code(), other.code()).stream().sorted().toList());
    }

    @Test
    void a_saved_device_reads_back_the_same_by_id_and_by_number() {
        Site site = freshSite();
        Device device = new Device(DeviceId.random(), nextNumber(), site.code(), DeviceStatus.IN_MAINTENANCE,
                EnumSet.of(KitItem.MOBILE_PC, KitItem.POWER_CORD));

        inTransaction(() -> inventory().save(device));

        assertThat(inTransaction(() -> inventory().device(device.id()))).contains(device);
        assertThat(inTransaction(() -> inventory().device(device.number()))).contains(device);
        assertThat(device.kit()).containsExactlyInAnyOrder(KitItem.MOBILE_PC, KitItem.POWER_CORD);
    }

    @Test
    void a_device_without_its_kit_reads_back_without_kit() {
        Site site = freshSite();
        Device bare = new Device(DeviceId.random(), nextNumber(), site.code(), DeviceStatus.AVAILABLE, Set.of());

        inTransaction(() -> inventory().save(bare));

        assertThat(inTransaction(() -> inventory().device(bare.id()))).hasValueSatisfying(d -> {
            assertThat(d.kit()).isEmpty();
            assertThat(d).isEqualTo(bare);
        });
    }

    @Test
    void an_unknown_device_is_not_found_by_id_by_number_or_by_lock() {
        DeviceId unknown = DeviceId.random();

        assertThat(inTransaction(() -> inventory().device(unknown))).isEmpty();
        assertThat(inTransaction(() -> inventory().device(new DeviceNumber("000")))).isEmpty();
        assertThat(inTransaction(() -> inventory().lock(unknown))).isEmpty();
    }

    @Test
    void saving_a_device_again_changes_it_and_a_move_changes_the_site_that_lists_it() {
        Site from = freshSite();
        Site to = freshSite();
        Device device = freshDevice(from);

        inTransaction(() -> inventory().save(device.faulty().movedTo(to.code())));

        Device moved = device.faulty().movedTo(to.code());
        assertThat(inTransaction(() -> inventory().device(device.id()))).contains(moved);
        assertThat(inTransaction(() -> inventory().devicesAt(from.code()))).isEmpty();
        assertThat(inTransaction(() -> inventory().devicesAt(to.code()))).containsExactly(moved);
    }

    @Test
    void the_devices_of_a_site_are_listed_by_number_and_only_theirs() {
        Site site = freshSite();
        Site elsewhere = freshSite();
        Device first = Device.register(nextNumber(), site.code());
        Device second = Device.register(nextNumber(), site.code());
        Device third = Device.register(nextNumber(), site.code());
        Device other = freshDevice(elsewhere);

        inTransaction(() -> {
            inventory().save(third);
            inventory().save(first);
            inventory().save(second);
        });

        assertThat(inTransaction(() -> inventory().devicesAt(site.code()))).containsExactly(first, second, third);
        assertThat(inTransaction(() -> inventory().devicesAt(elsewhere.code()))).containsExactly(other);
    }

    @Test
    void every_device_is_listed_by_number() {
        Site site = freshSite();
        Device first = Device.register(nextNumber(), site.code());
        Device second = Device.register(nextNumber(), site.code());
        inTransaction(() -> {
            inventory().save(second);
            inventory().save(first);
        });

        List<Device> all = inTransaction(() -> inventory().devices());

        assertThat(all).isSortedAccordingTo(Comparator.comparing(Device::number));
        assertThat(all).filteredOn(d -> d.siteCode().equals(site.code())).containsExactly(first, second);
    }

    @Test
    void locking_a_device_reads_it_as_last_committed_even_after_this_transaction_read_it() {
        Site site = freshSite();
        Device device = freshDevice(site);

        Device locked = inTransaction(() -> {
            Device before = inventory().device(device.id()).orElseThrow();
            inTransaction(() -> inventory().save(before.faulty()));
            return inventory().lock(device.id()).orElseThrow();
        });

        assertThat(locked).isEqualTo(device.faulty());
        assertThat(locked.status()).isEqualTo(DeviceStatus.BROKEN);
    }

    @Test
    void a_device_number_belongs_to_one_device_only() {
        Site site = freshSite();
        Device device = freshDevice(site);
        Device twin = Device.register(device.number(), site.code());

        assertThatThrownBy(() -> inTransaction(() -> inventory().save(twin))).isInstanceOf(RuntimeException.class);

        assertThat(inTransaction(() -> inventory().device(device.number()))).contains(device);
        assertThat(inTransaction(() -> inventory().device(twin.id()))).isEmpty();
    }
}
