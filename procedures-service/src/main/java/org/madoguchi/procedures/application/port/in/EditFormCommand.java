package org.madoguchi.procedures.application.port.in;

import java.util.Objects;

import org.madoguchi.procedures.domain.model.Editor;
import org.madoguchi.procedures.domain.model.FormContent;
import org.madoguchi.procedures.domain.model.FormId;
import org.madoguchi.procedures.domain.model.InvalidInput;

/**
 * New content of a form.
 *
 * @param id              the form
 * @param expectedVersion the version the editor read (If-Match)
 * @param content         the content as it should be
 * @param editor          who asks
 */
public record EditFormCommand(FormId id, long expectedVersion, FormContent content, Editor editor) {

    public EditFormCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(editor, "editor");
    }

    /** Builds the command from what the caller sent, reporting every invalid field at once. */
    public static EditFormCommand of(FormId id, long expectedVersion, FormInput input, Editor editor) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        FormContent content = input.toContent(errors);
        errors.throwIfAny();
        return new EditFormCommand(id, expectedVersion, content, editor);
    }
}
