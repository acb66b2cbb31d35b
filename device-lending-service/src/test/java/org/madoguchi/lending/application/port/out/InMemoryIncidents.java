package org.madoguchi.lending.application.port.out;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.madoguchi.lending.domain.model.DeviceId;
import org.madoguchi.lending.domain.model.Incident;
import org.madoguchi.lending.domain.model.IncidentId;
import org.madoguchi.lending.domain.model.SiteCode;

/** {@link Incidents} in memory, with the optimistic version of each incident. */
public final class InMemoryIncidents implements Incidents {

    private final Map<IncidentId, Incident> incidents = new LinkedHashMap<>();
    private final InMemoryTransactions transactions;

    public InMemoryIncidents(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    public InMemoryIncidents() {
        this(new InMemoryTransactions());
    }

    @Override
    public void add(Incident incident) {
        incidents.put(incident.id(), incident);
        transactions.added(incident.id());
    }

    @Override
    public void update(Incident incident) {
        if (!incidents.containsKey(incident.id())) {
            throw new IllegalStateException("no incident " + incident.id() + " to update");
        }
        transactions.changed(incident.id());
        incidents.put(incident.id(), incident);
    }

    @Override
    public Optional<Incident> incident(IncidentId id) {
        return Optional.ofNullable(incidents.get(id)).map(i -> transactions.read(i.id(), i));
    }

    @Override
    public Optional<Incident> openLoss(DeviceId deviceId) {
        return incidents.values().stream()
                .filter(i -> i.deviceId().equals(deviceId) && i.kind() == Incident.Kind.LOSS && !i.closed())
                .max(Comparator.comparing(Incident::openedAt))
                .map(i -> transactions.read(i.id(), i));
    }

    @Override
    public List<Incident> atSite(SiteCode siteCode, boolean openOnly) {
        return incidents.values().stream()
                .filter(i -> (siteCode == null || i.siteCode().equals(siteCode)) && (!openOnly || !i.closed()))
                .sorted(Comparator.comparing(Incident::openedAt))
                .map(i -> transactions.read(i.id(), i))
                .toList();
    }

    @Override
    public List<Incident> naming(String subject, boolean openOnly) {
        return incidents.values().stream()
                .filter(i -> i.reporter().equals(subject) && (!openOnly || !i.closed()))
                .sorted(Comparator.comparing(Incident::openedAt))
                .map(i -> transactions.read(i.id(), i))
                .toList();
    }
}
