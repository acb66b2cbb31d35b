package org.madoguchi.procedures.application.service;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.procedures.application.port.in.FormQueries;
import org.madoguchi.procedures.application.port.out.Forms;
import org.madoguchi.procedures.domain.model.DepartmentCode;
import org.madoguchi.procedures.domain.model.Form;
import org.madoguchi.procedures.domain.model.FormId;
import org.madoguchi.procedures.domain.model.FormKind;
import org.madoguchi.procedures.domain.model.FormStatus;
import org.madoguchi.procedures.domain.model.NotFound;
import org.madoguchi.procedures.domain.model.Viewer;

/** Reads forms and their versions. */
@ApplicationScoped
class FormQueryService implements FormQueries {

    private final Forms forms;
    private final Clock clock;

    FormQueryService(Forms forms, Clock clock) {
        this.forms = forms;
        this.clock = clock;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Form get(FormId id, Viewer viewer) {
        Instant now = clock.instant();
        return forms.find(id)
                .filter(form -> viewer == Viewer.STAFF || form.isOpenAt(now))
                .orElseThrow(() -> new NotFound(NotFound.What.FORM, id.toString()));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Forms.FormVersion version(FormId id, int number, Viewer viewer) {
        get(id, viewer);
        return forms.version(id, number)
                .orElseThrow(() -> new NotFound(NotFound.What.FORM_VERSION, id + " v" + number));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Forms.Page<Form> list(DepartmentCode department, FormKind kind, FormStatus status, Viewer viewer, int page,
            int size) {
        Forms.FormFilter filter = viewer == Viewer.STAFF ? new Forms.FormFilter(department, kind, status, null)
                : new Forms.FormFilter(department, kind, FormStatus.PUBLISHED, clock.instant());
        return forms.list(filter, page, size);
    }
}
