package org.madoguchi.procedures.application.port.in;

import java.time.LocalDate;
import java.util.Objects;

import org.madoguchi.platform.failure.InvalidInput;
import org.madoguchi.procedures.domain.model.Actor;

/**
 * A number of online procedures as the city printed it.
 *
 * @param label as printed (e.g. 令和4年度末), not blank; stripped
 * @param asOf  the day it stands for
 * @param count the printed number, not negative
 * @param note  the printed remark, optional
 * @param actor who records it
 */
public record RecordPublishedOnlineCountCommand(String label, LocalDate asOf, int count, String note, Actor actor) {

    public RecordPublishedOnlineCountCommand {
        Objects.requireNonNull(actor, "actor");
        InvalidInput.Collector errors = new InvalidInput.Collector();
        if (label == null || label.isBlank()) {
            errors.add("label", "not-blank");
        }
        if (asOf == null) {
            errors.add("asOf", "not-blank");
        }
        if (count < 0) {
            errors.add("count", "negative-count");
        }
        errors.throwIfAny();
        label = label.strip();
    }
}
