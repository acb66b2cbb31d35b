package org.madoguchi.lending.application.port.in;

import java.util.List;

import org.madoguchi.lending.domain.model.Actor;
import org.madoguchi.lending.domain.model.Incident;
import org.madoguchi.lending.domain.model.SiteCode;

/** What desks read of incidents (事故). */
public interface IncidentQueries {

    /** Incidents of a site for its desk, of every site for 情報政策課 when {@code siteCode} is null; open ones or all. */
    List<Incident> incidents(SiteCode siteCode, boolean openOnly, Actor desk);

    /** The incidents that name the caller (whose 顛末書 they need, or that they reported), by opening. */
    List<Incident> incidentsOf(Actor person, boolean openOnly);
}
