package org.madoguchi.lending.application.port.out;

import java.util.List;
import java.util.Optional;

import org.madoguchi.lending.domain.model.DeviceId;
import org.madoguchi.lending.domain.model.Incident;
import org.madoguchi.lending.domain.model.IncidentId;
import org.madoguchi.lending.domain.model.SiteCode;

/** Incidents: missing items, damage, loss, faults. */
public interface Incidents {

    void add(Incident incident);

    /** Stores the new state; throws {@code ConcurrentChange} if the incident changed since it was read. */
    void update(Incident incident);

    Optional<Incident> incident(IncidentId id);

    /** The open loss of the device, if it is lost. */
    Optional<Incident> openLoss(DeviceId deviceId);

    /** Incidents of a site (every site when null), open ones only if asked. */
    List<Incident> atSite(SiteCode siteCode, boolean openOnly);

    /** Incidents that name the person (the borrower whose report they need), by opening; open ones only if asked. */
    List<Incident> naming(String subject, boolean openOnly);
}
