package org.madoguchi.lending.domain.model;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.madoguchi.platform.failure.DomainFailure;

/** A LGWAN mobile PC of the inventory, kept at one site with its lending kit. */
public record Device(DeviceId id, DeviceNumber number, SiteCode siteCode, DeviceStatus status, Set<KitItem> kit) {

    public Device {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(siteCode, "siteCode");
        Objects.requireNonNull(status, "status");
        kit = kit == null ? Set.of() : Set.copyOf(kit);
    }

    /** A new device with the full kit. */
    public static Device register(DeviceNumber number, SiteCode siteCode) {
        return new Device(DeviceId.random(), number, siteCode, DeviceStatus.AVAILABLE, EnumSet.allOf(KitItem.class));
    }

    /** Throws {@link NotBookable} unless the device can be booked for the future. */
    public void requireBookable() {
        if (!status.bookable()) {
            throw new NotBookable(this);
        }
    }

    public Device handedOver() {
        require(status == DeviceStatus.AVAILABLE);
        return withStatus(DeviceStatus.LENT);
    }

    public Device returned(boolean damaged) {
        require(status == DeviceStatus.LENT);
        return withStatus(damaged ? DeviceStatus.BROKEN : DeviceStatus.AVAILABLE);
    }

    /** 紛失: reported lost or stolen by whoever holds it. */
    public Device lost() {
        require(status != DeviceStatus.LOST && status != DeviceStatus.RETIRED);
        return withStatus(DeviceStatus.LOST);
    }

    /** Back in service after a lost device was found, or a broken one repaired, and inspected. */
    public Device restored() {
        require(status == DeviceStatus.LOST || status == DeviceStatus.BROKEN || status == DeviceStatus.IN_MAINTENANCE);
        return withStatus(DeviceStatus.AVAILABLE);
    }

    /** 故障: taken out of service. */
    public Device faulty() {
        require(status != DeviceStatus.LOST && status != DeviceStatus.RETIRED);
        return withStatus(DeviceStatus.BROKEN);
    }

    public Device movedTo(SiteCode site) {
        require(status == DeviceStatus.AVAILABLE || status == DeviceStatus.BROKEN || status == DeviceStatus.IN_MAINTENANCE);
        return new Device(id, number, site, status, kit);
    }

    public Device retired() {
        require(status != DeviceStatus.LENT);
        return withStatus(DeviceStatus.RETIRED);
    }

    private Device withStatus(DeviceStatus next) {
        return new Device(id, number, siteCode, next, kit);
    }

    private void require(boolean allowed) {
        if (!allowed) {
            throw new DeviceUnavailable(this);
        }
    }

    /** The device's status does not allow what was asked. */
    public static final class DeviceUnavailable extends DomainFailure {

        private static final long serialVersionUID = 1L;

        public DeviceUnavailable(Device device) {
            super(Kind.CONFLICT, "device-status", device.number().label(), device.status().name());
        }
    }

    /** The device is out of service (lost, broken, retired) and cannot be booked. */
    public static final class NotBookable extends DomainFailure {

        private static final long serialVersionUID = 1L;

        public NotBookable(Device device) {
            super(Kind.CONFLICT, "device-not-bookable", device.number().label(), device.status().name());
        }
    }

    /** The device still has active bookings, so it is not retired; worded as a device that cannot be booked. */
    public static final class StillBooked extends DomainFailure {

        private static final long serialVersionUID = 1L;

        public StillBooked(Device device) {
            super(Kind.CONFLICT, "device-not-bookable", device.number().label(), device.status().name());
        }
    }
}
