package org.madoguchi.procedures.application.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.procedures.application.port.in.SearchIndexMaintenance;
import org.madoguchi.procedures.application.port.out.Forms;
import org.madoguchi.procedures.application.port.out.ProcedureSearchIndex;
import org.madoguchi.procedures.application.port.out.Procedures;
import org.madoguchi.procedures.domain.model.FormId;
import org.madoguchi.procedures.domain.model.Procedure;
import org.madoguchi.procedures.domain.model.ProcedureId;

/** Builds the search index from the records and refreshes parts of it. */
@ApplicationScoped
class SearchIndexService implements SearchIndexMaintenance {

    private static final int CHUNK = 500;

    private final Procedures procedures;
    private final Forms forms;
    private final ProcedureSearchIndex index;
    private final SearchDocuments documents;

    SearchIndexService(Procedures procedures, Forms forms, ProcedureSearchIndex index, SearchDocuments documents) {
        this.procedures = procedures;
        this.forms = forms;
        this.index = index;
        this.documents = documents;
    }

    @Override
    @Transactional
    public long rebuild() {
        ProcedureSearchIndex.Rebuild rebuild = index.startRebuild();
        List<Procedure> chunk = new ArrayList<>(CHUNK);
        procedures.forEach(procedure -> {
            chunk.add(procedure);
            if (chunk.size() == CHUNK) {
                rebuild.add(documents.of(chunk));
                chunk.clear();
            }
        });
        if (!chunk.isEmpty()) {
            rebuild.add(documents.of(chunk));
        }
        return rebuild.finish();
    }

    @Override
    @Transactional
    public void refreshProcedures(Collection<ProcedureId> ids) {
        index.refresh(() -> documents.of(new ArrayList<>(procedures.findAll(ids).values())));
    }

    @Override
    @Transactional
    public void refreshForm(FormId form) {
        forms.find(form).ifPresent(f -> refreshProcedures(f.content().procedures()));
    }
}
