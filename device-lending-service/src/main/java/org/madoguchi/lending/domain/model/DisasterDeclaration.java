package org.madoguchi.lending.domain.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * 災害モード: declared by 情報政策課 for all sites or some, from a time. While in force, the
 * devices in scope serve disaster response only.
 */
public record DisasterDeclaration(UUID id, Set<String> siteCodes, Instant effectiveFrom, String reason,
                                  String declaredBy, Instant declaredAt, Instant liftedAt, String liftedBy) {

    public DisasterDeclaration {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(declaredBy, "declaredBy");
        Objects.requireNonNull(declaredAt, "declaredAt");
        siteCodes = siteCodes == null ? Set.of() : Set.copyOf(siteCodes);
    }

    /** Declares disaster mode; an empty set of sites means every site. */
    public static DisasterDeclaration declare(Set<String> siteCodes, Instant from, String reason, String by, Instant at) {
        return new DisasterDeclaration(UUID.randomUUID(), siteCodes, from, reason, by, at, null, null);
    }

    public boolean allSites() {
        return siteCodes.isEmpty();
    }

    public boolean covers(String siteCode) {
        return allSites() || siteCodes.contains(siteCode);
    }

    public boolean lifted() {
        return liftedAt != null;
    }

    /** Whether it restricts a booking of that site over that period. */
    public boolean restricts(String siteCode, Period period) {
        return !lifted() && covers(siteCode) && period.end().isAfter(effectiveFrom);
    }

    public DisasterDeclaration lift(String by, Instant at) {
        if (lifted()) {
            throw new IllegalStateException("disaster mode " + id + " was lifted already");
        }
        return new DisasterDeclaration(id, siteCodes, effectiveFrom, reason, declaredBy, declaredAt, at, by);
    }
}
