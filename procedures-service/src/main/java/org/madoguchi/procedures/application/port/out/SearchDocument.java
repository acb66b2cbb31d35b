package org.madoguchi.procedures.application.port.out;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.madoguchi.procedures.domain.model.FormKind;
import org.madoguchi.procedures.domain.model.StatusKind;

/**
 * What the search index knows of one procedure: the texts a query looks through and the facts it
 * filters on.
 *
 * @param procedureId      the procedure's id
 * @param code             its code
 * @param name             手続き名
 * @param kana             よみがな
 * @param category         分類
 * @param description      説明
 * @param departmentCode   the owning department's code
 * @param departmentName   its Japanese name
 * @param departmentNameEn its English name
 * @param status           its online-ization status
 * @param formTitles       titles (Japanese and English) of the published forms that serve it
 * @param formKinds        kinds of those forms
 */
public record SearchDocument(String procedureId, String code, String name, String kana, String category,
        String description, String departmentCode, String departmentName, String departmentNameEn,
        StatusKind status, List<String> formTitles, Set<FormKind> formKinds) {

    public SearchDocument {
        Objects.requireNonNull(procedureId, "procedureId");
        formTitles = List.copyOf(formTitles);
        formKinds = Set.copyOf(formKinds);
    }
}
