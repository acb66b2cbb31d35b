package org.madoguchi.applications.adapter.in.rest;

import java.time.Instant;

import org.madoguchi.applications.domain.model.StatusChange;

/** One step of an application's history: who did what, when, and what they wrote. */
public record StepResponse(LabelResponse action, LabelResponse from, LabelResponse to, String by, Instant at,
        String comment) {

    static StepResponse of(StatusChange change) {
        return new StepResponse(
                change.action() == null ? null : LabelResponse.of(change.action().name(), change.action().label()),
                change.from() == null ? null : LabelResponse.of(change.from().name(), change.from().label()),
                LabelResponse.of(change.to().name(), change.to().label()), change.by(), change.at(), change.comment());
    }
}
