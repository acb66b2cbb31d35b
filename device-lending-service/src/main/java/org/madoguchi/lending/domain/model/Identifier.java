package org.madoguchi.lending.domain.model;

import java.util.UUID;

/** The identity of something device lending keeps: a UUID, typed by what it identifies. */
public sealed interface Identifier permits DeviceId, ReservationId, IncidentId, DisasterDeclarationId, MaintenanceWindowId {

    UUID value();
}
