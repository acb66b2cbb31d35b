package org.madoguchi.lending.application.port.out;

import org.madoguchi.lending.domain.model.Incident;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Incidents: missing items, damage, loss, faults. */
public interface Incidents {

    void add(Incident incident);

    void update(Incident incident);

    Optional<Incident> incident(UUID id);

    /** The open loss of the device, if it is lost. */
    Optional<Incident> openLoss(UUID deviceId);

    /** Incidents of a site (every site when null), open ones only if asked. */
    List<Incident> atSite(String siteCode, boolean openOnly);
}
