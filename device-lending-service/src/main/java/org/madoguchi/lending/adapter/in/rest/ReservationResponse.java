package org.madoguchi.lending.adapter.in.rest;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.madoguchi.lending.domain.model.Reservation;
import org.madoguchi.lending.domain.model.VisibleReservation;

/**
 * A booking (予約), as far as the reader may see it.
 *
 * @param id                 its id
 * @param deviceId           the device booked
 * @param siteCode           the device's site
 * @param start              when it starts
 * @param end                when it ends
 * @param purpose            利用目的
 * @param note               the borrower's note, for those who may see who booked
 * @param status             its status
 * @param needsApproval      whether it waits for the desk
 * @param disasterResponse   whether it is for disaster response
 * @param borrower           who booked, as far as the reader may see it
 * @param requestedAt        when it was booked
 * @param decidedBy          who approved or declined it
 * @param decidedAt          when
 * @param decisionComment    the desk's comment
 * @param cancelledAt        when it was cancelled
 * @param cancellationReason why
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReservationResponse(UUID id, UUID deviceId, String siteCode, Instant start, Instant end, String purpose,
                                  String note, String status, boolean needsApproval, boolean disasterResponse,
                                  BorrowerResponse borrower, Instant requestedAt, String decidedBy, Instant decidedAt,
                                  String decisionComment, Instant cancelledAt, String cancellationReason) {

    static ReservationResponse of(VisibleReservation visible) {
        Reservation r = visible.reservation();
        Reservation.Decision decision = r.decision();
        Reservation.Cancellation cancellation = r.cancellation();
        return new ReservationResponse(r.id().value(), r.deviceId().value(), r.siteCode().value(), r.period().start(),
                r.period().end(), r.purpose().name(), visible.note().orElse(null), r.status().name(), r.needsApproval(),
                r.disasterResponse(), BorrowerResponse.of(visible), r.requestedAt(),
                decision == null ? null : decision.by(), decision == null ? null : decision.at(),
                decision == null ? null : decision.comment(),
                cancellation == null ? null : cancellation.at(),
                cancellation == null ? null : cancellation.reason().name());
    }
}
