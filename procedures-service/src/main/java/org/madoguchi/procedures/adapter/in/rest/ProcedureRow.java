package org.madoguchi.procedures.adapter.in.rest;


/**
 * One procedure as a line of a CSV file, as text: the shape of both import and export, before
 * {@link ProcedureCsvCells} reads it into typed values or after it wrote them.
 *
 * @param line             line number in the file (1 is the header); 0 for an export
 * @param code             手続きコード
 * @param name             手続き名
 * @param kana             よみがな
 * @param department       担当課: code or Japanese name
 * @param category         分類
 * @param description      説明
 * @param legalBasis       根拠法令
 * @param sealRequired     押印 required before the review
 * @param paperRequired    書面 required before the review
 * @param inPersonRequired 対面 required before the review
 * @param sealReviewOutcome 見直し結果: ABOLISHED/廃止 or KEPT/存続
 * @param keptReason       存続理由
 * @param status           状況: NOT_PLANNED/未計画, PLANNED/計画, COMPLETED/完了, REVISED/対応見直し, ABOLISHED/廃止
 * @param fiscalYear       計画年度: 2022, FY2022, 令和4年度, R4
 * @param completedOn      完了日 (yyyy-MM-dd or yyyy/M/d)
 * @param formId           様式ID of a completed procedure
 * @param revisionReason   見直し理由: the reason's code or its Japanese wording
 * @param statusNote       備考 of a revision or abolition
 * @param abolishedOn      廃止日
 */
record ProcedureRow(long line, String code, String name, String kana, String department, String category,
        String description, String legalBasis, String sealRequired, String paperRequired, String inPersonRequired,
        String sealReviewOutcome, String keptReason, String status, String fiscalYear, String completedOn,
        String formId, String revisionReason, String statusNote, String abolishedOn) {
}
