package org.madoguchi.lending.domain.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Who acts in device lending, with what the permission rules read: any member of staff books and borrows;
 * a lending desk acts for the site it manages; 情報政策課 (information policy) acts for every site.
 *
 * @param subject           the stable id of the person (the token's subject)
 * @param managedSite       the site whose lending desk the person's department runs, if any
 * @param lendingDesk       whether the person works at a lending desk
 * @param informationPolicy whether the person belongs to 情報政策課
 */
public record Actor(String subject, Optional<SiteCode> managedSite, boolean lendingDesk, boolean informationPolicy) {

    public Actor {
        Objects.requireNonNull(subject, "subject");
        managedSite = managedSite == null ? Optional.empty() : managedSite;
    }

    /** Whether this actor is the person with that subject. */
    public boolean is(String personSubject) {
        return subject.equals(personSubject);
    }

    /** Whether this actor may run the lending desk of the site: its own desk, or 情報政策課. */
    public boolean runsDeskOf(SiteCode site) {
        return informationPolicy || (lendingDesk && managedSite.map(site::equals).orElse(false));
    }

    /** Throws {@link NotPermitted} unless this actor runs the desk of the site. */
    public void requireDeskOf(SiteCode site) {
        if (!runsDeskOf(site)) {
            throw new NotPermitted();
        }
    }

    /** Throws {@link NotPermitted} unless this actor is the person with that subject or runs the desk of the site. */
    public void requireSelfOrDeskOf(String personSubject, SiteCode site) {
        if (!is(personSubject)) {
            requireDeskOf(site);
        }
    }

    /** Throws {@link NotPermitted} unless this actor belongs to 情報政策課. */
    public void requireInformationPolicy() {
        if (!informationPolicy) {
            throw new NotPermitted();
        }
    }

    /** Throws {@link NotHolder} unless this actor holds the device under {@code held}, or runs the desk of its site. */
    public void requireHolderOrDeskOf(Device device, Optional<Reservation> held) {
        boolean holder = held.map(r -> is(r.borrower().subject())).orElse(false);
        if (!holder && !runsDeskOf(device.siteCode())) {
            throw new NotHolder(device.number());
        }
    }
}
