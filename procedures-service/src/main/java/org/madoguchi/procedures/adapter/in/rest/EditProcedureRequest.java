package org.madoguchi.procedures.adapter.in.rest;

import org.madoguchi.procedures.application.port.in.RegisterProcedureCommand.ProcedureInput;
import org.madoguchi.procedures.application.port.in.RegisterProcedureCommand.ProcedureInput.SealReviewInput;

/**
 * New details of a procedure (its code and status do not change here).
 *
 * @param name           手続き名
 * @param kana           よみがな
 * @param departmentCode the owning department
 * @param category       分類
 * @param description    説明
 * @param legalBasis     根拠法令
 * @param sealReview     the 押印・書面・対面 review
 */
public record EditProcedureRequest(String name, String kana, String departmentCode, String category,
        String description, String legalBasis, SealReviewInput sealReview) {

    static final EditProcedureRequest EMPTY = new EditProcedureRequest(null, null, null, null, null, null, null);

    ProcedureInput input() {
        return new ProcedureInput(name, kana, departmentCode, category, description, legalBasis, sealReview);
    }
}
