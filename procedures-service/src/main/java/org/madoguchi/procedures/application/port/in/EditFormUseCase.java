package org.madoguchi.procedures.application.port.in;

import org.madoguchi.procedures.domain.model.Form;

/**
 * 様式の変更: changes a form, unless someone else changed it since the editor read it. A draft
 * changes in place; a published form gets a new version, announced at once; a closed form cannot change.
 */
public interface EditFormUseCase {

    Form edit(EditFormCommand command);
}
