package org.madoguchi.notification.domain.model;

import java.util.Map;
import java.util.Objects;

/**
 * What the rules decide to tell: whom, what kind, and the facts its template words. Facts are strings,
 * numbers, {@link java.time.Instant}s and {@link java.time.LocalDate}s; the template words dates in the
 * recipient's language (令和5年5月11日).
 */
public record Notice(Addressee to, NotificationKind kind, Map<String, Object> facts) {

    public Notice {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kind, "kind");
        facts = Map.copyOf(facts);
    }
}
