package org.madoguchi.procedures.application.port.in;

import org.madoguchi.procedures.application.port.out.Forms;
import org.madoguchi.procedures.domain.model.DepartmentCode;
import org.madoguchi.procedures.domain.model.Form;
import org.madoguchi.procedures.domain.model.FormId;
import org.madoguchi.procedures.domain.model.FormKind;
import org.madoguchi.procedures.domain.model.FormStatus;
import org.madoguchi.procedures.domain.model.Viewer;

/** Reads forms: the public sees open forms, staff see all, with every version. */
public interface FormQueries {

    /** How deep a listing may page: page and size together reach at most this many forms. */
    int MAX_WINDOW = 10_000;

    /** The form; {@code NotFound} when the viewer may not see it. */
    Form get(FormId id, Viewer viewer);

    /** One version of the form; {@code NotFound} when it does not exist or the viewer may not see the form. */
    Forms.FormVersion version(FormId id, int number, Viewer viewer);

    /** Forms matching the filters (the public sees open forms only), newest first. */
    Forms.Page<Form> list(DepartmentCode department, FormKind kind, FormStatus status, Viewer viewer, int page,
            int size);
}
