package org.madoguchi.procedures.application.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.madoguchi.procedures.application.port.out.Departments;
import org.madoguchi.procedures.application.port.out.Forms;
import org.madoguchi.procedures.application.port.out.ProcedureSearchIndex;
import org.madoguchi.procedures.application.port.out.SearchDocument;
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
    private final ProcedureSearchIndex index;

    SearchDocuments(Departments departments, Forms forms, ProcedureSearchIndex index) {
        this.departments = departments;
        this.forms = forms;
        this.index = index;
    }

    /** Indexes the procedures as they are in the current transaction, once it commits. */
    void reindex(Collection<Procedure> procedures) {
        if (!procedures.isEmpty()) {
            index.put(of(procedures));
        }
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
            for (Form form : serving.getOrDefault(procedure.id(), List.of())) {
                if (form.status() == FormStatus.PUBLISHED) {
                    titles.add(form.content().title());
                    if (form.content().titleEn() != null) {
                        titles.add(form.content().titleEn());
                    }
                    kinds.add(form.kind());
                }
            }
            documents.add(new SearchDocument(procedure.id().toString(), procedure.code().value(),
                    procedure.details().name(), procedure.details().kana(), procedure.details().category(),
                    procedure.details().description(), procedure.department().value(),
                    department == null ? procedure.department().value() : department.name(),
                    department == null ? procedure.department().value() : department.nameEn(),
                    procedure.status().kind(), titles, kinds));
        }
        return documents;
    }
}
