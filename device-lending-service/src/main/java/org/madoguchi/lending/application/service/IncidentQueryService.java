package org.madoguchi.lending.application.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.lending.application.port.in.IncidentQueries;
import org.madoguchi.lending.application.port.out.Incidents;
import org.madoguchi.lending.application.port.out.Inventory;
import org.madoguchi.lending.domain.model.Actor;
import org.madoguchi.lending.domain.model.Incident;
import org.madoguchi.lending.domain.model.SiteCode;
import org.madoguchi.lending.domain.model.UnknownSite;

/** Reads incidents for the desk of their site, or for 情報政策課 across sites. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class IncidentQueryService implements IncidentQueries {

    private final Inventory inventory;
    private final Incidents incidents;

    IncidentQueryService(Inventory inventory, Incidents incidents) {
        this.inventory = inventory;
        this.incidents = incidents;
    }

    @Override
    public List<Incident> incidents(SiteCode siteCode, boolean openOnly, Actor desk) {
        if (siteCode == null) {
            desk.requireInformationPolicy();
        } else {
            inventory.site(siteCode).orElseThrow(() -> new UnknownSite(siteCode));
            desk.requireDeskOf(siteCode);
        }
        return incidents.atSite(siteCode, openOnly);
    }

    @Override
    public List<Incident> incidentsOf(Actor person, boolean openOnly) {
        return incidents.naming(person.subject(), openOnly);
    }
}
