package org.madoguchi.lending.domain.model;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** A LGWAN mobile PC of the inventory, kept at one site with its lending kit. */
public record Device(UUID id, DeviceNumber number, String siteCode, DeviceStatus status, Set<KitItem> kit) {

    public Device {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(siteCode, "siteCode");
        Objects.requireNonNull(status, "status");
        kit = kit == null ? Set.of() : Set.copyOf(kit);
    }

    /** A new device with the full kit. */
    public static Device register(DeviceNumber number, String siteCode) {
        return new Device(UUID.randomUUID(), number, siteCode, DeviceStatus.AVAILABLE, EnumSet.allOf(KitItem.class));
    }

    public Device handedOver() {
        require(status == DeviceStatus.AVAILABLE, "hand over");
        return withStatus(DeviceStatus.LENT);
    }

    public Device returned(boolean damaged) {
        require(status == DeviceStatus.LENT, "take back");
        return withStatus(damaged ? DeviceStatus.BROKEN : DeviceStatus.AVAILABLE);
    }

    /** 紛失: reported lost or stolen by whoever holds it. */
    public Device lost() {
        require(status != DeviceStatus.LOST && status != DeviceStatus.RETIRED, "report lost");
        return withStatus(DeviceStatus.LOST);
    }

    /** Back in service after a lost device was found, or a broken one repaired, and inspected. */
    public Device restored() {
        require(status == DeviceStatus.LOST || status == DeviceStatus.BROKEN || status == DeviceStatus.IN_MAINTENANCE, "restore");
        return withStatus(DeviceStatus.AVAILABLE);
    }

    /** 故障: taken out of service. */
    public Device faulty() {
        require(status != DeviceStatus.LOST && status != DeviceStatus.RETIRED, "report a fault of");
        return withStatus(DeviceStatus.BROKEN);
    }

    public Device movedTo(String site) {
        require(status == DeviceStatus.AVAILABLE || status == DeviceStatus.BROKEN || status == DeviceStatus.IN_MAINTENANCE, "move");
        return new Device(id, number, site, status, kit);
    }

    public Device retired() {
        require(status != DeviceStatus.LENT, "retire");
        return withStatus(DeviceStatus.RETIRED);
    }

    private Device withStatus(DeviceStatus next) {
        return new Device(id, number, siteCode, next, kit);
    }

    private void require(boolean allowed, String action) {
        if (!allowed) {
            throw new DeviceUnavailable(this, action);
        }
    }

    /** The device's status does not allow what was asked. */
    public static final class DeviceUnavailable extends RuntimeException {
        private final transient Device device;

        public DeviceUnavailable(Device device, String action) {
            super("cannot " + action + " device " + device.number().label() + " while it is " + device.status());
            this.device = device;
        }

        public Device device() {
            return device;
        }
    }
}
