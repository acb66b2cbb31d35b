package org.madoguchi.procedures.application.port.out;

import java.time.Instant;
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
 * @param formTitles       titles (Japanese and English) of the published forms that serve it, open or not
 *                         (staff find procedures through them)
 * @param formKinds        kinds of those forms
 * @param servingForms     the same forms one by one with their open periods (the public finds procedures
 *                         through the forms open at the time of the query only)
 */
public record SearchDocument(String procedureId, String code, String name, String kana, String category,
        String description, String departmentCode, String departmentName, String departmentNameEn,
        StatusKind status, List<String> formTitles, Set<FormKind> formKinds, List<ServingForm> servingForms) {

    public SearchDocument {
        Objects.requireNonNull(procedureId, "procedureId");
        formTitles = List.copyOf(formTitles);
        formKinds = Set.copyOf(formKinds);
        servingForms = List.copyOf(servingForms);
    }

    /** A document whose forms' periods are not known: only staff queries find it through its forms. */
    public SearchDocument(String procedureId, String code, String name, String kana, String category,
            String description, String departmentCode, String departmentName, String departmentNameEn,
            StatusKind status, List<String> formTitles, Set<FormKind> formKinds) {
        this(procedureId, code, name, kana, category, description, departmentCode, departmentName, departmentNameEn,
                status, formTitles, formKinds, List.of());
    }

    /**
     * A published form that serves the procedure.
     *
     * @param titles   its Japanese and English titles
     * @param kind     its kind
     * @param opensAt  when it opens; {@code null}: open since it was published
     * @param closesAt when it closes; {@code null}: open until it is closed
     */
    public record ServingForm(List<String> titles, FormKind kind, Instant opensAt, Instant closesAt) {

        public ServingForm {
            titles = List.copyOf(titles);
            Objects.requireNonNull(kind, "kind");
        }
    }
}
