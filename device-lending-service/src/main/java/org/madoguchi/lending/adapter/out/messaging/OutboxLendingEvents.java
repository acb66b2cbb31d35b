package org.madoguchi.lending.adapter.out.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.enterprise.context.ApplicationScoped;
import org.madoguchi.contracts.Topics;
import org.madoguchi.eventing.EventOutbox;
import org.madoguchi.lending.application.port.out.Inventory;
import org.madoguchi.lending.application.port.out.LendingEvents;
import org.madoguchi.lending.domain.event.LendingEvent;
import org.madoguchi.lending.domain.model.Borrower;
import org.madoguchi.lending.domain.model.Device;
import org.madoguchi.lending.domain.model.DisasterDeclaration;
import org.madoguchi.lending.domain.model.DisasterDeclarationId;
import org.madoguchi.lending.domain.model.Identifier;
import org.madoguchi.lending.domain.model.Incident;
import org.madoguchi.lending.domain.model.IncidentId;
import org.madoguchi.lending.domain.model.KitItem;
import org.madoguchi.lending.domain.model.Reservation;
import org.madoguchi.lending.domain.model.ReservationId;
import org.madoguchi.lending.domain.model.SiteCode;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Maps lending events to their contracts ({@code contracts/.../events/madoguchi.lending.*.v1})
 * and appends them to the outbox, in the transaction of the change, keyed by aggregate id. People are
 * named by their account subject only: no event carries a name.
 */
@ApplicationScoped
class OutboxLendingEvents implements LendingEvents {

    private static final String PREFIX = "madoguchi.lending.";

    private final EventOutbox outbox;
    private final Inventory inventory;

    OutboxLendingEvents(EventOutbox outbox, Inventory inventory) {
        this.outbox = outbox;
        this.inventory = inventory;
    }

    /** The borrower as events carry them: the account subject, and the department code. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record BorrowerData(String subject, String department) {
        static BorrowerData of(Borrower b) {
            return new BorrowerData(b.subject(), b.department());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ReservationData(UUID reservationId, UUID deviceId, String deviceNumber, String siteCode, BorrowerData borrower,
                           Instant start, Instant end, String purpose, String status, boolean disasterResponse,
                           String decidedBy, String comment, String cancelledBy, String reason) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DeviceData(UUID deviceId, String deviceNumber, String siteCode, String deviceStatus, UUID reservationId,
                      BorrowerData borrower, Instant dueBack, String actor, Instant at, List<String> missingItems,
                      Boolean damaged, UUID incidentId, UUID declarationId, String note) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record IncidentData(UUID incidentId, UUID deviceId, String deviceNumber, String siteCode, UUID reservationId,
                        String kind, String description, String borrower, boolean reportRequired,
                        String closedBy, String resolution) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DisasterData(UUID declarationId, boolean allSites, List<String> siteCodes, Instant effectiveFrom, String reason,
                        String declaredBy, Integer bookingsCancelled, Integer devicesRecalled, Instant liftedAt, String liftedBy) {
    }

    @Override
    public void publish(LendingEvent event) {
        if (event instanceof LendingEvent.ReservationRequested e) {
            reservation("reservation-requested", e.reservation(), null, null, e);
        } else if (event instanceof LendingEvent.ReservationApproved e) {
            reservation("reservation-approved", e.reservation(), e.reservation().decision().by(), null, e);
        } else if (event instanceof LendingEvent.ReservationDeclined e) {
            reservation("reservation-declined", e.reservation(), e.reservation().decision().by(), null, e);
        } else if (event instanceof LendingEvent.ReservationCancelled e) {
            reservation("reservation-cancelled", e.reservation(), null, e.cancelledBecause().name(), e);
        } else if (event instanceof LendingEvent.ReservationOverdue e) {
            reservation("reservation-overdue", e.reservation(), null, null, e);
        } else if (event instanceof LendingEvent.DeviceHandedOver e) {
            device("device-handed-over", e.device(), e.lending().reservationId(), BorrowerData.of(e.lending().borrower()),
                    e.dueBack(), e.lending().handedOverBy(), null, null, null, null, null, e);
        } else if (event instanceof LendingEvent.DeviceReturned e) {
            device("device-returned", e.device(), e.lending().reservationId(), BorrowerData.of(e.lending().borrower()),
                    null, e.lending().returnCheck().receivedBy(),
                    e.lending().returnCheck().missingItems().stream().map(KitItem::name).sorted().toList(),
                    e.lending().returnCheck().damaged(), null, null, null, e);
        } else if (event instanceof LendingEvent.DeviceRecalled e) {
            device("device-recalled", e.device(), e.reservation().id(), BorrowerData.of(e.reservation().borrower()),
                    e.reservation().period().end(), null, null, null, null, e.declarationId(), null, e);
        } else if (event instanceof LendingEvent.DeviceReportedLost e) {
            device("device-reported-lost", e.device(), e.incident().reservationId(), null, null, e.holderSubject(),
                    null, null, e.incident().id(), null, e.incident().description(), e);
        } else if (event instanceof LendingEvent.DeviceDisabled e) {
            device("device-disabled", e.device(), e.incident().reservationId(), null, null, e.incident().disabledBy(),
                    null, null, e.incident().id(), null, null, e);
        } else if (event instanceof LendingEvent.DeviceRestored e) {
            device("device-restored", e.device(), null, null, null, e.inspectedBy(), null, null, null, null, e.note(), e);
        } else if (event instanceof LendingEvent.DeviceFaultReported e) {
            device("device-fault-reported", e.device(), e.incident().reservationId(), null, null, e.incident().reporter(),
                    null, null, e.incident().id(), null, e.incident().description(), e);
        } else if (event instanceof LendingEvent.IncidentOpened e) {
            incident("incident-opened", e.incident(), e.borrowerSubject(), e);
        } else if (event instanceof LendingEvent.IncidentClosed e) {
            incident("incident-closed", e.incident(), e.incident().reporter(), e);
        } else if (event instanceof LendingEvent.DisasterModeDeclared e) {
            disaster("disaster-mode-declared", e.declaration(), e.bookingsCancelled(), e.devicesRecalled(), e);
        } else if (event instanceof LendingEvent.DisasterModeLifted e) {
            disaster("disaster-mode-lifted", e.declaration(), null, null, e);
        } else {
            throw new IllegalArgumentException("no contract for " + event.getClass().getSimpleName());
        }
    }

    private void reservation(String type, Reservation r, String decidedBy, String reason, LendingEvent event) {
        String number = inventory.device(r.deviceId()).map(d -> d.number().value()).orElse(null);
        String cancelledBy = r.cancellation() == null ? null : r.cancellation().by();
        String comment = r.decision() == null ? null : r.decision().comment();
        append(type, event, new ReservationData(r.id().value(), r.deviceId().value(), number, r.siteCode().value(),
                BorrowerData.of(r.borrower()),
                r.period().start(), r.period().end(), r.purpose().name(), r.status().name(), r.disasterResponse(),
                decidedBy, comment, cancelledBy, reason));
    }

    private void device(String type, Device d, ReservationId reservationId, BorrowerData borrower, Instant dueBack,
                        String actor, List<String> missing, Boolean damaged, IncidentId incidentId,
                        DisasterDeclarationId declarationId, String note, LendingEvent event) {
        append(type, event, new DeviceData(d.id().value(), d.number().value(), d.siteCode().value(), d.status().name(),
                uuid(reservationId), borrower, dueBack, actor, event.occurredAt(), missing, damaged, uuid(incidentId),
                uuid(declarationId), note));
    }

    private void incident(String type, Incident i, String borrowerSubject, LendingEvent event) {
        String number = inventory.device(i.deviceId()).map(d -> d.number().value()).orElse(null);
        append(type, event, new IncidentData(i.id().value(), i.deviceId().value(), number, i.siteCode().value(),
                uuid(i.reservationId()), i.kind().name(), i.description(), borrowerSubject, i.reportRequired(),
                i.closedBy(), i.resolution()));
    }

    private void disaster(String type, DisasterDeclaration d, Integer cancelled, Integer recalled, LendingEvent event) {
        append(type, event, new DisasterData(d.id().value(), d.allSites(),
                d.siteCodes().stream().map(SiteCode::value).sorted().toList(), d.effectiveFrom(), d.reason(),
                d.declaredBy(), cancelled, recalled, d.liftedAt(), d.liftedBy()));
    }

    private void append(String type, LendingEvent event, Object data) {
        outbox.append(Topics.LENDING, PREFIX + type + ".v1", event.aggregateId().value().toString(), event.occurredAt(),
                data);
    }

    private static UUID uuid(Identifier id) {
        return id == null ? null : id.value();
    }
}
