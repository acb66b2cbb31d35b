package org.madoguchi.lending.domain.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

import org.madoguchi.platform.failure.DomainFailure;

/**
 * 災害モード: declared by 情報政策課 for all sites or some, from a time. While in force, the
 * devices in scope serve disaster response only.
 */
public record DisasterDeclaration(DisasterDeclarationId id, Set<SiteCode> siteCodes, Instant effectiveFrom, String reason,
                                  String declaredBy, Instant declaredAt, Instant liftedAt, String liftedBy) {

    public DisasterDeclaration {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(declaredBy, "declaredBy");
        Objects.requireNonNull(declaredAt, "declaredAt");
        siteCodes = siteCodes == null ? Set.of() : Set.copyOf(siteCodes);
    }

    /** Declares disaster mode; an empty set of sites means every site. */
    public static DisasterDeclaration declare(Set<SiteCode> siteCodes, Instant from, String reason, String by, Instant at) {
        return new DisasterDeclaration(DisasterDeclarationId.random(), siteCodes, from, reason, by, at, null, null);
    }

    public boolean allSites() {
        return siteCodes.isEmpty();
    }

    public boolean covers(SiteCode siteCode) {
        return allSites() || siteCodes.contains(siteCode);
    }

    public boolean lifted() {
        return liftedAt != null;
    }

    /** Whether it restricts a booking of that site over that period. */
    public boolean restricts(SiteCode siteCode, Period period) {
        return !lifted() && covers(siteCode) && period.end().isAfter(effectiveFrom);
    }

    public DisasterDeclaration lift(String by, Instant at) {
        if (lifted()) {
            throw new AlreadyLifted();
        }
        return new DisasterDeclaration(id, siteCodes, effectiveFrom, reason, declaredBy, declaredAt, at, by);
    }

    /** The declaration was lifted already; it is lifted once. */
    public static final class AlreadyLifted extends DomainFailure {

        private static final long serialVersionUID = 1L;

        public AlreadyLifted() {
            super(Kind.CONFLICT, "state-conflict");
        }
    }
}
