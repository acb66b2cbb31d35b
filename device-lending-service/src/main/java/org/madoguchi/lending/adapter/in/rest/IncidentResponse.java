package org.madoguchi.lending.adapter.in.rest;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.madoguchi.lending.domain.model.Incident;

/**
 * An incident (事故): missing items, damage, a loss or a fault.
 *
 * @param id                its id
 * @param deviceId          the device
 * @param siteCode          its site
 * @param reservationId     the booking it happened under, if any
 * @param kind              what happened
 * @param description       as reported
 * @param reporter          who reported it, or whose report (顛末書) is due
 * @param openedAt          when it was opened
 * @param reportRequired    whether a written report is due
 * @param report            the written report
 * @param reportSubmittedAt when it came in
 * @param disabledAt        when a lost device was disabled (無効措置)
 * @param disabledBy        by whom
 * @param closedAt          when it was closed
 * @param closedBy          by whom
 * @param resolution        how
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IncidentResponse(UUID id, UUID deviceId, String siteCode, UUID reservationId, String kind,
                               String description, String reporter, Instant openedAt, boolean reportRequired,
                               String report, Instant reportSubmittedAt, Instant disabledAt, String disabledBy,
                               Instant closedAt, String closedBy, String resolution) {

    static IncidentResponse of(Incident i) {
        return new IncidentResponse(i.id().value(), i.deviceId().value(), i.siteCode().value(),
                i.reservationId() == null ? null : i.reservationId().value(), i.kind().name(), i.description(),
                i.reporter(), i.openedAt(), i.reportRequired(), i.report(), i.reportSubmittedAt(), i.disabledAt(),
                i.disabledBy(), i.closedAt(), i.closedBy(), i.resolution());
    }
}
