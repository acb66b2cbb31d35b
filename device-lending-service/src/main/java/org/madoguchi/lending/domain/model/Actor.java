package org.madoguchi.lending.domain.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Who acts in device lending: any member of staff books and borrows; a lending desk acts for
 * the site it manages; 情報政策課 (information policy) acts for every site.
 */
public record Actor(String subject, String name, String department, Optional<String> managedSite,
                    boolean lendingDesk, boolean informationPolicy) {

    public Actor {
        Objects.requireNonNull(subject, "subject");
        managedSite = managedSite == null ? Optional.empty() : managedSite;
    }

    public Borrower asBorrower() {
        return new Borrower(subject, name, department);
    }

    /** Whether this actor may run the lending desk of the site: its own desk, or 情報政策課. */
    public boolean runsDeskOf(String siteCode) {
        return informationPolicy || (lendingDesk && managedSite.map(siteCode::equals).orElse(false));
    }

    /** Throws {@link NotAllowed} unless this actor runs the desk of the site. */
    public void requireDeskOf(String siteCode) {
        if (!runsDeskOf(siteCode)) {
            throw new NotAllowed("only the lending desk of site " + siteCode + " may do this");
        }
    }

    public void requireInformationPolicy() {
        if (!informationPolicy) {
            throw new NotAllowed("only 情報政策課 (info-policy) may do this");
        }
    }

    /** The actor may not do what was asked. */
    public static final class NotAllowed extends RuntimeException {
        public NotAllowed(String message) {
            super(message);
        }
    }
}
