package org.madoguchi.procedures.adapter.in.rest;

import java.util.List;
import java.util.UUID;

import org.madoguchi.procedures.application.port.in.ProcedureQueries;
import org.madoguchi.procedures.config.FormLinks;
import org.madoguchi.procedures.domain.model.Procedure;
import org.madoguchi.procedures.domain.model.ProcedureDetails;

/**
 * A procedure.
 *
 * @param id          id
 * @param code        手続きコード
 * @param name        手続き名
 * @param kana        よみがな
 * @param department  the owning department
 * @param category    分類
 * @param description 説明
 * @param legalBasis  根拠法令
 * @param sealReview  the 押印・書面・対面 review
 * @param status      online-ization status
 * @param forms       forms that serve it (the public sees open ones)
 * @param version     version, also the ETag
 */
public record ProcedureResponse(UUID id, String code, String name, String kana, DepartmentSummaryResponse department,
        String category, String description, String legalBasis, SealReviewResponse sealReview,
        StatusResponse status, List<FormSummaryResponse> forms, long version) {

    static ProcedureResponse of(ProcedureQueries.ProcedureView view, FormLinks links) {
        Procedure procedure = view.procedure();
        ProcedureDetails details = procedure.details();
        return new ProcedureResponse(procedure.id().value(), procedure.code().value(), details.name(),
                details.kana(), DepartmentSummaryResponse.of(view.department()), details.category(),
                details.description(), details.legalBasis(), SealReviewResponse.of(details.sealReview()),
                StatusResponse.of(procedure.status()),
                view.forms().stream().map(f -> FormSummaryResponse.of(f, links)).toList(), procedure.version());
    }
}
