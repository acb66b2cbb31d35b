package org.madoguchi.lending.application.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.lending.application.port.in.DeclareDisasterModeCommand;
import org.madoguchi.lending.application.port.in.DeclareDisasterModeUseCase;
import org.madoguchi.lending.application.port.out.DisasterDeclarations;
import org.madoguchi.lending.application.port.out.Inventory;
import org.madoguchi.lending.application.port.out.LendingEvents;
import org.madoguchi.lending.application.port.out.Reservations;
import org.madoguchi.lending.domain.event.LendingEvent;
import org.madoguchi.lending.domain.model.CancellationReason;
import org.madoguchi.lending.domain.model.Device;
import org.madoguchi.lending.domain.model.DisasterDeclaration;
import org.madoguchi.lending.domain.model.Reservation;
import org.madoguchi.lending.domain.model.Site;
import org.madoguchi.lending.domain.model.SiteCode;
import org.madoguchi.lending.domain.model.UnknownSite;

/**
 * 災害モード. Declaring locks every device in scope first, in the order bookings lock them, so a
 * booking racing the declaration is either seen and cancelled or sees the declaration.
 */
@ApplicationScoped
class DeclareDisasterModeService implements DeclareDisasterModeUseCase {

    private final Inventory inventory;
    private final Reservations reservations;
    private final DisasterDeclarations declarations;
    private final LendingEvents events;
    private final Clock clock;

    DeclareDisasterModeService(Inventory inventory, Reservations reservations, DisasterDeclarations declarations,
                               LendingEvents events, Clock clock) {
        this.inventory = inventory;
        this.reservations = reservations;
        this.declarations = declarations;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public DisasterOutcome declare(DeclareDisasterModeCommand command) {
        command.actor().requireInformationPolicy();
        Set<SiteCode> known = inventory.sites().stream().map(Site::code).collect(Collectors.toSet());
        for (SiteCode site : command.siteCodes()) {
            if (!known.contains(site)) {
                throw new UnknownSite(site);
            }
        }
        Instant now = clock.instant();
        Instant from = command.effectiveFrom() == null ? now : command.effectiveFrom();
        DisasterDeclaration declaration = DisasterDeclaration.declare(command.siteCodes(), from, command.reason(),
                command.actor().subject(), now);
        List<Device> inScope = inventory.devices().stream()
                .filter(d -> declaration.covers(d.siteCode()))
                .sorted(Comparator.comparing(Device::number))
                .toList();
        inScope.forEach(d -> inventory.lock(d.id()));
        declarations.add(declaration);

        int cancelled = 0;
        int recalled = 0;
        for (Reservation reservation : reservations.activeAt(declaration.allSites() ? Set.of() : command.siteCodes(), from)) {
            if (reservation.disasterResponse()) {
                continue;
            }
            if (reservation.status().held()) {
                Device device = inventory.device(reservation.deviceId()).orElseThrow();
                events.publish(new LendingEvent.DeviceRecalled(reservation, device, declaration.id(), now));
                recalled++;
            } else {
                Reservation preempted = reservation.cancel(command.actor().subject(), now, CancellationReason.DISASTER_PREEMPTION);
                reservations.update(preempted);
                events.publish(new LendingEvent.ReservationCancelled(preempted, CancellationReason.DISASTER_PREEMPTION, now));
                cancelled++;
            }
        }
        events.publish(new LendingEvent.DisasterModeDeclared(declaration, cancelled, recalled, now));
        return new DisasterOutcome(declaration, cancelled, recalled);
    }
}
