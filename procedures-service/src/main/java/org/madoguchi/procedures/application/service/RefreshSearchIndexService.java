package org.madoguchi.procedures.application.service;

import java.util.ArrayList;
import java.util.Collection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.procedures.application.port.in.RefreshSearchIndexCommand;
import org.madoguchi.procedures.application.port.in.RefreshSearchIndexUseCase;
import org.madoguchi.procedures.application.port.out.Forms;
import org.madoguchi.procedures.application.port.out.ProcedureSearchIndex;
import org.madoguchi.procedures.application.port.out.Procedures;
import org.madoguchi.procedures.domain.model.FormId;
import org.madoguchi.procedures.domain.model.ProcedureId;

/** Re-reads procedures that changed elsewhere and indexes them as they are now. */
@ApplicationScoped
class RefreshSearchIndexService implements RefreshSearchIndexUseCase {

    private final Procedures procedures;
    private final Forms forms;
    private final ProcedureSearchIndex index;
    private final SearchDocuments documents;

    RefreshSearchIndexService(Procedures procedures, Forms forms, ProcedureSearchIndex index,
            SearchDocuments documents) {
        this.procedures = procedures;
        this.forms = forms;
        this.index = index;
        this.documents = documents;
    }

    @Override
    @Transactional
    public void refresh(RefreshSearchIndexCommand command) {
        if (!command.procedures().isEmpty()) {
            refreshProcedures(command.procedures());
        }
        for (FormId form : command.forms()) {
            forms.find(form).ifPresent(f -> refreshProcedures(f.content().procedures()));
        }
    }

    private void refreshProcedures(Collection<ProcedureId> ids) {
        index.refresh(() -> documents.of(new ArrayList<>(procedures.findAll(ids).values())));
    }
}
