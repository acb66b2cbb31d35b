package org.madoguchi.gateway.domain.model;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which domain events an operator watches: some event types (all when none is named) and, optionally, one
 * subject (an aggregate id).
 */
public record OpsEventFilter(Set<String> types, Optional<String> subject) {

    public OpsEventFilter {
        types = Set.copyOf(types);
        Objects.requireNonNull(subject, "subject");
    }

    /** Every event. */
    public static OpsEventFilter everything() {
        return new OpsEventFilter(Set.of(), Optional.empty());
    }

    public boolean accepts(String type, String eventSubject) {
        return (types.isEmpty() || types.contains(type))
                && subject.map(wanted -> wanted.equals(eventSubject)).orElse(true);
    }
}
