package org.madoguchi.procedures.application.port.in;

import java.util.Objects;

import org.madoguchi.procedures.domain.model.Editor;
import org.madoguchi.procedures.domain.model.FormId;

/**
 * Publish or close a form.
 *
 * @param id              the form
 * @param expectedVersion the version the editor read (If-Match)
 * @param editor          who asks
 */
public record FormLifecycleCommand(FormId id, long expectedVersion, Editor editor) {

    public FormLifecycleCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(editor, "editor");
    }
}
