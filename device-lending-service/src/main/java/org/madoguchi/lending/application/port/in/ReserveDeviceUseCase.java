package org.madoguchi.lending.application.port.in;

import org.madoguchi.lending.domain.model.Actor;
import org.madoguchi.lending.domain.model.Period;
import org.madoguchi.lending.domain.model.Purpose;
import org.madoguchi.lending.domain.model.Reservation;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * 予約: books a device, or any free device of a site, for a period and purpose. No two active
 * bookings of a device overlap; same-day use is confirmed at once, longer use waits for the desk.
 */
public interface ReserveDeviceUseCase {

    Reservation reserve(ReserveDeviceCommand command);

    /** A booking request: a device, or a site whose first free device is assigned. */
    record ReserveDeviceCommand(Actor actor, UUID deviceId, String siteCode, Period period, Purpose purpose, String note) {
        public ReserveDeviceCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(purpose, "purpose");
            if ((deviceId == null) == (siteCode == null || siteCode.isBlank())) {
                throw new IllegalArgumentException("name either a device or a site");
            }
        }

        public static ReserveDeviceCommand of(Actor actor, UUID deviceId, String siteCode, Instant start, Instant end,
                                              Purpose purpose, String note) {
            return new ReserveDeviceCommand(actor, deviceId, siteCode, new Period(start, end), purpose, note);
        }
    }
}
