package org.madoguchi.procedures.application.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.procedures.application.port.out.Departments;
import org.madoguchi.procedures.application.port.out.Forms;
import org.madoguchi.procedures.application.port.out.ProcedureSearchIndex;
import org.madoguchi.procedures.application.port.out.ProcedureSearchIndex.SearchDocument;
import org.madoguchi.procedures.application.port.out.Procedures;
import org.madoguchi.procedures.domain.model.Department;
import org.madoguchi.procedures.domain.model.DepartmentCode;
import org.madoguchi.procedures.domain.model.Form;
import org.madoguchi.procedures.domain.model.FormKind;
import org.madoguchi.procedures.domain.model.FormStatus;
import org.madoguchi.procedures.domain.model.Procedure;
import org.madoguchi.procedures.domain.model.ProcedureId;

/** Turns procedures into what the search index knows of them, and hands them to the index. */
@ApplicationScoped
class SearchDocuments {

    private final Departments departments;
    private final Forms forms;
    private final Procedures procedures;
    private final ProcedureSearchIndex index;

    SearchDocuments(Departments departments, Forms forms, Procedures procedures, ProcedureSearchIndex index) {
        this.departments = departments;
        this.forms = forms;
        this.procedures = procedures;
        this.index = index;
    }

    /**
     * Re-indexes the procedures the current transaction changes once it commits, as they are then
     * committed (not as this transaction saw them: another one may have committed a later state).
     */
    void reindex(Collection<Procedure> changed) {
        if (!changed.isEmpty()) {
            index.put(changed.stream().map(Procedure::id).toList(), this::committed);
        }
    }

    /**
     * The documents of these procedures as committed, read in a transaction of its own: it runs after
     * the transaction that changed them completed (a self-invocation, which ArC intercepts).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    List<SearchDocument> committed(Collection<ProcedureId> ids) {
        return of(procedures.findAll(ids).values());
    }

    /** The documents of these procedures, with their departments and the published forms that serve them. */
    List<SearchDocument> of(Collection<Procedure> procedures) {
        Map<DepartmentCode, Department> byCode = new HashMap<>();
        departments.all().forEach(d -> byCode.put(d.code(), d));
        List<ProcedureId> ids = procedures.stream().map(Procedure::id).toList();
        Map<ProcedureId, List<Form>> serving = forms.servingProcedures(ids);
        List<SearchDocument> documents = new ArrayList<>(procedures.size());
        for (Procedure procedure : procedures) {
            Department department = byCode.get(procedure.department());
            List<String> titles = new ArrayList<>();
            Set<FormKind> kinds = EnumSet.noneOf(FormKind.class);
            List<SearchDocument.ServingForm> published = new ArrayList<>();
            for (Form form : serving.getOrDefault(procedure.id(), List.of())) {
                if (form.status() == FormStatus.PUBLISHED) {
                    List<String> formTitles = new ArrayList<>();
                    formTitles.add(form.content().title());
                    if (form.content().titleEn() != null) {
                        formTitles.add(form.content().titleEn());
                    }
                    titles.addAll(formTitles);
                    kinds.add(form.kind());
                    published.add(new SearchDocument.ServingForm(formTitles, form.kind(), form.content().opensAt(),
                            form.content().closesAt()));
                }
            }
            documents.add(new SearchDocument(procedure.id().toString(), procedure.code().value(),
                    procedure.details().name(), procedure.details().kana(), procedure.details().category(),
                    procedure.details().description(), procedure.department().value(),
                    department == null ? procedure.department().value() : department.name(),
                    department == null ? procedure.department().value() : department.nameEn(),
                    procedure.status().kind(), titles, kinds, published));
        }
        return documents;
    }
}
