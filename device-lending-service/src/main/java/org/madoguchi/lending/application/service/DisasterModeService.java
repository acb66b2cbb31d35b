package org.madoguchi.lending.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.madoguchi.lending.application.port.in.LendingFailure;
import jakarta.transaction.Transactional;
import org.madoguchi.lending.application.port.in.DisasterModeUseCase;
import org.madoguchi.lending.application.port.out.DisasterDeclarations;
import org.madoguchi.lending.application.port.out.Inventory;
import org.madoguchi.lending.application.port.out.LendingEvents;
import org.madoguchi.lending.application.port.out.Reservations;
import org.madoguchi.lending.domain.event.LendingEvent;
import org.madoguchi.lending.domain.model.Actor;
import org.madoguchi.lending.domain.model.CancellationReason;
import org.madoguchi.lending.domain.model.Device;
import org.madoguchi.lending.domain.model.DisasterDeclaration;
import org.madoguchi.lending.domain.model.Reservation;
import org.madoguchi.lending.domain.model.Site;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * 災害モード. Declaring locks every device in scope first, in the order bookings lock them, so a
 * booking racing the declaration is either seen and cancelled or sees the declaration.
 */
@ApplicationScoped
public class DisasterModeService implements DisasterModeUseCase {

    private final Inventory inventory;
    private final Reservations reservations;
    private final DisasterDeclarations declarations;
    private final LendingEvents events;
    private final Clock clock;

    public DisasterModeService(Inventory inventory, Reservations reservations, DisasterDeclarations declarations,
                        LendingEvents events, Clock clock) {
        this.inventory = inventory;
        this.reservations = reservations;
        this.declarations = declarations;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public DisasterOutcome declare(DeclareDisasterCommand command) {
        command.actor().requireInformationPolicy();
        Set<String> known = inventory.sites().stream().map(Site::code).collect(Collectors.toSet());
        for (String site : command.siteCodes()) {
            if (!known.contains(site)) {
                throw new LendingFailure(LendingFailure.Reason.UNKNOWN_SITE, "unknown site " + site, site);
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

    @Override
    @Transactional
    public DisasterDeclaration lift(UUID declarationId, Actor actor) {
        actor.requireInformationPolicy();
        DisasterDeclaration declaration = declarations.declaration(declarationId)
                .orElseThrow(() -> LendingFailure.notFound("disaster mode", declarationId));
        Instant now = clock.instant();
        DisasterDeclaration lifted = declaration.lift(actor.subject(), now);
        declarations.update(lifted);
        events.publish(new LendingEvent.DisasterModeLifted(lifted, now));
        return lifted;
    }
}
