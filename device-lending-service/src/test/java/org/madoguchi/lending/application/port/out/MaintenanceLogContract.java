package org.madoguchi.lending.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.madoguchi.lending.domain.model.Device;
import org.madoguchi.lending.domain.model.DeviceId;
import org.madoguchi.lending.domain.model.MaintenanceWindow;
import org.madoguchi.lending.domain.model.MaintenanceWindowId;
import org.madoguchi.lending.domain.model.Period;
import org.madoguchi.lending.domain.model.Site;

/** What {@link MaintenanceLog} promises, in memory and on PostgreSQL alike. */
public abstract class MaintenanceLogContract extends OutPortContract {

    private MaintenanceLog log() {
        return ports().maintenanceLog();
    }

    private MaintenanceWindow logged(Device device, MaintenanceWindow.Kind kind, Period period, String note) {
        MaintenanceWindow entry = new MaintenanceWindow(MaintenanceWindowId.random(), device.id(), kind, period, note,
                "desk-1", hour(-24));
        inTransaction(() -> log().add(entry));
        return entry;
    }

    @Test
    void a_logged_window_reads_back_the_same() {
        Device device = freshDevice(freshSite());

        MaintenanceWindow update = logged(device, MaintenanceWindow.Kind.WINDOWS_UPDATE, hours(1, 3), "月例更新");

        assertThat(inTransaction(() -> log().ofDevice(device.id()))).containsExactly(update);
    }

    @Test
    void a_window_without_a_note_reads_back_without_one() {
        Device device = freshDevice(freshSite());

        MaintenanceWindow charging = logged(device, MaintenanceWindow.Kind.CHARGING, hours(0, 1), null);

        assertThat(inTransaction(() -> log().ofDevice(device.id()))).singleElement().satisfies(m -> {
            assertThat(m).isEqualTo(charging);
            assertThat(m.note()).isNull();
        });
    }

    @Test
    void the_log_of_a_device_is_ordered_by_start_and_holds_only_its_windows() {
        Site site = freshSite();
        Device device = freshDevice(site);
        Device other = freshDevice(site);
        MaintenanceWindow repair = logged(device, MaintenanceWindow.Kind.REPAIR, hours(30, 50), "液晶交換");
        MaintenanceWindow inspection = logged(device, MaintenanceWindow.Kind.INSPECTION, hours(-5, -4), null);
        MaintenanceWindow charging = logged(device, MaintenanceWindow.Kind.CHARGING, hours(2, 3), null);
        MaintenanceWindow elsewhere = logged(other, MaintenanceWindow.Kind.CHARGING, hours(2, 3), null);

        assertThat(inTransaction(() -> log().ofDevice(device.id()))).containsExactly(inspection, charging, repair);
        assertThat(inTransaction(() -> log().ofDevice(other.id()))).containsExactly(elsewhere);
    }

    @Test
    void a_device_without_maintenance_has_an_empty_log() {
        Device device = freshDevice(freshSite());

        assertThat(inTransaction(() -> log().ofDevice(device.id()))).isEmpty();
        assertThat(inTransaction(() -> log().ofDevice(DeviceId.random()))).isEmpty();
    }
}
