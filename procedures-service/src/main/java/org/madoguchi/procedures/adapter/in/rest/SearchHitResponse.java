package org.madoguchi.procedures.adapter.in.rest;

import java.util.UUID;

import org.madoguchi.procedures.application.port.in.ProcedureQueries.SearchResults;
import org.madoguchi.procedures.domain.model.StatusKind;

/**
 * One match.
 *
 * @param id          procedure id
 * @param code        code
 * @param name        name
 * @param kana        reading
 * @param category    category
 * @param department  department
 * @param status      status kind
 * @param statusLabel status in Japanese and English
 * @param score       relevance
 */
public record SearchHitResponse(UUID id, String code, String name, String kana, String category,
        DepartmentSummaryResponse department, StatusKind status, BilingualText statusLabel, float score) {

    static SearchHitResponse of(SearchResults.Hit hit) {
        return new SearchHitResponse(UUID.fromString(hit.procedureId()), hit.code(), hit.name(), hit.kana(),
                hit.category(), new DepartmentSummaryResponse(hit.departmentCode(), hit.departmentName(),
                        hit.departmentNameEn()),
                hit.status(), BilingualText.of(hit.status().label()), hit.score());
    }
}
