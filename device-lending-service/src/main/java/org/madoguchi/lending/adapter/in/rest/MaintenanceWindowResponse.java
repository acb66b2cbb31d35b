package org.madoguchi.lending.adapter.in.rest;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.madoguchi.lending.domain.model.MaintenanceWindow;

/**
 * A maintenance window of a device: charging, Windows Update, repair, inspection.
 *
 * @param id       its id
 * @param deviceId the device
 * @param kind     what is done
 * @param start    from when
 * @param end      until when
 * @param note     the desk's note
 * @param loggedBy who logged it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MaintenanceWindowResponse(UUID id, UUID deviceId, String kind, Instant start, Instant end, String note,
                                        String loggedBy) {

    static MaintenanceWindowResponse of(MaintenanceWindow m) {
        return new MaintenanceWindowResponse(m.id().value(), m.deviceId().value(), m.kind().name(), m.period().start(),
                m.period().end(), m.note(), m.loggedBy());
    }
}
