package org.madoguchi.lending.domain.event;

import org.madoguchi.lending.domain.model.CancellationReason;
import org.madoguchi.lending.domain.model.Device;
import org.madoguchi.lending.domain.model.DisasterDeclaration;
import org.madoguchi.lending.domain.model.DisasterDeclarationId;
import org.madoguchi.lending.domain.model.Identifier;
import org.madoguchi.lending.domain.model.Incident;
import org.madoguchi.lending.domain.model.Lending;
import org.madoguchi.lending.domain.model.Reservation;

import java.time.Instant;

/**
 * What happened in device lending; each event says when and about which aggregate. People appear by their
 * account subject: what leaves the service (the contracts) carries subjects, never names.
 */
public sealed interface LendingEvent {

    /** The aggregate the event is about; events of one aggregate keep their order. */
    Identifier aggregateId();

    Instant occurredAt();

    record ReservationRequested(Reservation reservation, Instant occurredAt) implements LendingEvent {
        public Identifier aggregateId() {
            return reservation.id();
        }
    }

    record ReservationApproved(Reservation reservation, Instant occurredAt) implements LendingEvent {
        public Identifier aggregateId() {
            return reservation.id();
        }
    }

    record ReservationDeclined(Reservation reservation, Instant occurredAt) implements LendingEvent {
        public Identifier aggregateId() {
            return reservation.id();
        }
    }

    record ReservationCancelled(Reservation reservation, CancellationReason cancelledBecause, Instant occurredAt) implements LendingEvent {
        public Identifier aggregateId() {
            return reservation.id();
        }
    }

    record ReservationOverdue(Reservation reservation, Instant occurredAt) implements LendingEvent {
        public Identifier aggregateId() {
            return reservation.id();
        }
    }

    record DeviceHandedOver(Lending lending, Device device, Instant dueBack, Instant occurredAt) implements LendingEvent {
        public Identifier aggregateId() {
            return device.id();
        }
    }

    record DeviceReturned(Lending lending, Device device, Instant occurredAt) implements LendingEvent {
        public Identifier aggregateId() {
            return device.id();
        }
    }

    /** A lent device called back because disaster mode was declared for its site. */
    record DeviceRecalled(Reservation reservation, Device device, DisasterDeclarationId declarationId, Instant occurredAt) implements LendingEvent {
        public Identifier aggregateId() {
            return device.id();
        }
    }

    /** A device reported lost by {@code holderSubject}, the person who held it or its desk. */
    record DeviceReportedLost(Device device, Incident incident, String holderSubject, Instant occurredAt) implements LendingEvent {
        public Identifier aggregateId() {
            return device.id();
        }
    }

    record DeviceDisabled(Device device, Incident incident, Instant occurredAt) implements LendingEvent {
        public Identifier aggregateId() {
            return device.id();
        }
    }

    record DeviceRestored(Device device, String inspectedBy, String note, Instant occurredAt) implements LendingEvent {
        public Identifier aggregateId() {
            return device.id();
        }
    }

    record DeviceFaultReported(Device device, Incident incident, Instant occurredAt) implements LendingEvent {
        public Identifier aggregateId() {
            return device.id();
        }
    }

    /** An incident opened; {@code borrowerSubject} owes the written report (顛末書) where one is required. */
    record IncidentOpened(Incident incident, String borrowerSubject, Instant occurredAt) implements LendingEvent {
        public Identifier aggregateId() {
            return incident.id();
        }
    }

    record IncidentClosed(Incident incident, Instant occurredAt) implements LendingEvent {
        public Identifier aggregateId() {
            return incident.id();
        }
    }

    record DisasterModeDeclared(DisasterDeclaration declaration, int bookingsCancelled, int devicesRecalled, Instant occurredAt) implements LendingEvent {
        public Identifier aggregateId() {
            return declaration.id();
        }
    }

    record DisasterModeLifted(DisasterDeclaration declaration, Instant occurredAt) implements LendingEvent {
        public Identifier aggregateId() {
            return declaration.id();
        }
    }
}
