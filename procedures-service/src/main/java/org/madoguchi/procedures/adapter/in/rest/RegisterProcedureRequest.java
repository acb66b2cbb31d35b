package org.madoguchi.procedures.adapter.in.rest;

import org.madoguchi.procedures.application.port.in.RegisterProcedureCommand.ProcedureInput;
import org.madoguchi.procedures.application.port.in.RegisterProcedureCommand.ProcedureInput.SealReviewInput;

/**
 * A procedure to register.
 *
 * @param code              手続きコード, unique and stable
 * @param name              手続き名
 * @param kana              よみがな (hiragana or katakana)
 * @param departmentCode    the owning department
 * @param category          分類
 * @param description       説明
 * @param legalBasis        根拠法令, optional
 * @param sealReview        the 押印・書面・対面 review, optional
 * @param plannedFiscalYear the fiscal year it is planned to go online, optional (2022, FY2022, 令和4年度)
 */
public record RegisterProcedureRequest(String code, String name, String kana, String departmentCode,
        String category, String description, String legalBasis, SealReviewInput sealReview,
        String plannedFiscalYear) {

    static final RegisterProcedureRequest EMPTY = new RegisterProcedureRequest(null, null, null, null, null, null,
            null, null, null);

    ProcedureInput input() {
        return new ProcedureInput(name, kana, departmentCode, category, description, legalBasis, sealReview);
    }
}
