package org.madoguchi.procedures.application.port.in;

import java.util.Objects;

import org.madoguchi.procedures.domain.model.DepartmentCode;
import org.madoguchi.procedures.domain.model.Editor;
import org.madoguchi.procedures.domain.model.FormContent;
import org.madoguchi.procedures.domain.model.FormKind;
import org.madoguchi.procedures.domain.model.InvalidInput;

/**
 * A new form.
 *
 * @param kind       what it is for
 * @param department the owning department
 * @param content    its first version
 * @param editor     who asks
 */
public record CreateFormCommand(FormKind kind, DepartmentCode department, FormContent content, Editor editor) {

    public CreateFormCommand {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(editor, "editor");
    }

    /** Builds the command from what the caller sent, reporting every invalid field at once. */
    public static CreateFormCommand of(FormKind kind, String departmentCode, FormInput input, Editor editor) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        if (kind == null) {
            errors.add("kind", "not-blank");
        }
        DepartmentCode[] department = new DepartmentCode[1];
        errors.check("departmentCode", () -> department[0] = new DepartmentCode(departmentCode));
        FormContent content = input.toContent(errors);
        errors.throwIfAny();
        return new CreateFormCommand(kind, department[0], content, editor);
    }
}
