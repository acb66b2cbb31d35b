package org.madoguchi.procedures.application.port.in;

import java.util.Objects;

import org.madoguchi.procedures.domain.model.Actor;
import org.madoguchi.procedures.domain.model.FormId;

/**
 * Close a form.
 *
 * @param id              the form
 * @param expectedVersion the version the editor read (If-Match)
 * @param actor           who asks
 */
public record CloseFormCommand(FormId id, long expectedVersion, Actor actor) {

    public CloseFormCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(actor, "actor");
    }
}
