package org.madoguchi.procedures.application.port.in;

import java.util.Objects;

import org.madoguchi.platform.failure.InvalidInput;
import org.madoguchi.procedures.domain.model.Actor;
import org.madoguchi.procedures.domain.model.FormContent;
import org.madoguchi.procedures.domain.model.FormId;

/**
 * New content of a form.
 *
 * @param id              the form
 * @param expectedVersion the version the editor read (If-Match)
 * @param content         the content as it should be
 * @param actor           who asks
 */
public record EditFormCommand(FormId id, long expectedVersion, FormContent content, Actor actor) {

    public EditFormCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(actor, "actor");
    }

    /** Builds the command from what the caller sent, reporting every invalid field at once. */
    public static EditFormCommand of(FormId id, long expectedVersion, CreateFormCommand.FormInput input,
            Actor actor) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        FormContent content = input.toContent(errors);
        errors.throwIfAny();
        return new EditFormCommand(id, expectedVersion, content, actor);
    }
}
