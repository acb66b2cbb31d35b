package org.madoguchi.applications.domain.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One step of an application's history: who did what, when, and what they wrote.
 *
 * @param action   what was done; {@code null} for the submission that started the history
 * @param from     the status before; {@code null} for the submission
 * @param to       the status after
 * @param by       the account subject of who did it; {@code null} for an anonymous applicant
 * @param at       when
 * @param comment  what they wrote, or {@code null}
 */
public record StatusChange(Action action, ApplicationStatus from, ApplicationStatus to, String by, Instant at,
        String comment) {

    public StatusChange {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(at, "at");
    }
}
