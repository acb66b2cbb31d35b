package org.madoguchi.lending.application.port.in;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.madoguchi.lending.domain.model.Borrower;
import org.madoguchi.lending.domain.model.DeviceId;
import org.madoguchi.lending.domain.model.DeviceOrSiteRequired;
import org.madoguchi.lending.domain.model.EndBeforeStart;
import org.madoguchi.lending.domain.model.Period;
import org.madoguchi.lending.domain.model.Purpose;
import org.madoguchi.lending.domain.model.SiteCode;
import org.madoguchi.platform.failure.Violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A booking request names exactly one of device and site, and ends after it starts; checked in that order. */
class ReserveDeviceCommandTest {

    private static final Instant TEN = Instant.parse("2026-12-01T01:00:00Z");
    private static final Instant ELEVEN = Instant.parse("2026-12-01T02:00:00Z");
    private final Borrower borrower = new Borrower("u1", "鳥取 花子", "somu");

    @Test
    void a_request_names_a_device_or_a_site_not_both_and_not_neither() {
        assertThatThrownBy(() -> ReserveDeviceCommand.of(borrower, DeviceId.random(), new SiteCode("ekinan"), TEN, ELEVEN,
                Purpose.MEETING, null)).isInstanceOfSatisfying(DeviceOrSiteRequired.class, e -> {
                    assertThat(e.code()).isEqualTo("device-or-site");
                    assertThat(e.violations()).containsExactly(Violation.of("deviceId", "device-or-site"));
                });
        assertThatThrownBy(() -> new ReserveDeviceCommand(borrower, null, new SiteCode(" "), new Period(TEN, ELEVEN),
                Purpose.MEETING, null)).isInstanceOf(DeviceOrSiteRequired.class);
        assertThat(ReserveDeviceCommand.of(borrower, null, new SiteCode("ekinan"), TEN, ELEVEN, Purpose.MEETING, null)
                .period()).isEqualTo(new Period(TEN, ELEVEN));
    }

    @Test
    void a_request_that_ends_before_it_starts_names_its_end_after_the_device_or_site_rule() {
        assertThatThrownBy(() -> ReserveDeviceCommand.of(borrower, DeviceId.random(), null, ELEVEN, TEN, Purpose.MEETING,
                null)).isInstanceOfSatisfying(EndBeforeStart.class,
                        e -> assertThat(e.violations()).containsExactly(Violation.of("end", "end-before-start")));
        assertThatThrownBy(() -> ReserveDeviceCommand.of(borrower, null, null, ELEVEN, TEN, Purpose.MEETING, null))
                .isInstanceOf(DeviceOrSiteRequired.class);
    }
}
