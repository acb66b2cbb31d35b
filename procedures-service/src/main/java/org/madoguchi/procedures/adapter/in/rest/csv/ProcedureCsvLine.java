package org.madoguchi.procedures.adapter.in.rest.csv;

import java.time.LocalDate;

import org.madoguchi.platform.failure.InvalidInput;
import org.madoguchi.procedures.application.port.in.ImportProceduresCommand;
import org.madoguchi.procedures.domain.model.FiscalYear;
import org.madoguchi.procedures.domain.model.FormId;
import org.madoguchi.procedures.domain.model.OnlineStatus;
import org.madoguchi.procedures.domain.model.Procedure;
import org.madoguchi.procedures.domain.model.ProcedureCode;
import org.madoguchi.procedures.domain.model.ProcedureDetails;
import org.madoguchi.procedures.domain.model.RevisionReason;
import org.madoguchi.procedures.domain.model.SealReview;
import org.madoguchi.procedures.domain.model.StatusKind;

/**
 * One procedure as a line of a CSV file, as text: what an export writes ({@link #of}) and what an
 * import reads before its cells are read into typed values ({@link #toImportLine}).
 *
 * @param number            line number in the file (1 is the header); 0 for an export
 * @param code              手続きコード
 * @param name              手続き名
 * @param kana              よみがな
 * @param department        担当課: code or Japanese name
 * @param category          分類
 * @param description       説明
 * @param legalBasis        根拠法令
 * @param sealRequired      押印 required before the review
 * @param paperRequired     書面 required before the review
 * @param inPersonRequired  対面 required before the review
 * @param sealReviewOutcome 見直し結果: ABOLISHED/廃止 or KEPT/存続
 * @param keptReason        存続理由
 * @param status            状況: NOT_PLANNED/未計画, PLANNED/計画, COMPLETED/完了, REVISED/対応見直し, ABOLISHED/廃止
 * @param fiscalYear        計画年度: 2022, FY2022, 令和4年度, R4
 * @param completedOn       完了日 (yyyy-MM-dd or yyyy/M/d)
 * @param formId            様式ID of a completed procedure
 * @param revisionReason    見直し理由: the reason's code or its Japanese wording
 * @param statusNote        備考 of a revision or abolition
 * @param abolishedOn       廃止日
 */
record ProcedureCsvLine(long number, String code, String name, String kana, String department, String category,
        String description, String legalBasis, String sealRequired, String paperRequired, String inPersonRequired,
        String sealReviewOutcome, String keptReason, String status, String fiscalYear, String completedOn,
        String formId, String revisionReason, String statusNote, String abolishedOn) {

    /** The export line of a procedure, in canonical values (codes, ISO dates, {@code true}/{@code false}). */
    static ProcedureCsvLine of(Procedure procedure) {
        ProcedureDetails details = procedure.details();
        SealReview review = details.sealReview();
        OnlineStatus status = procedure.status();
        String fiscalYear = status.plannedFor().map(fy -> Integer.toString(fy.startYear())).orElse("");
        String completedOn = "";
        String formId = "";
        String reason = "";
        String note = "";
        String abolishedOn = "";
        if (status instanceof OnlineStatus.Completed completed) {
            completedOn = completed.on().toString();
            formId = completed.form() == null ? "" : completed.form().toString();
        } else if (status instanceof OnlineStatus.Revised revised) {
            reason = revised.reason().name();
            note = empty(revised.note());
        } else if (status instanceof OnlineStatus.Abolished abolished) {
            abolishedOn = abolished.on().toString();
            note = empty(abolished.note());
        }
        return new ProcedureCsvLine(0, procedure.code().value(), details.name(), details.kana(),
                details.department().value(), details.category(), details.description(), empty(details.legalBasis()),
                review == null ? "" : Boolean.toString(review.sealRequired()),
                review == null ? "" : Boolean.toString(review.paperRequired()),
                review == null ? "" : Boolean.toString(review.inPersonRequired()),
                review == null || review.outcome() == null ? "" : review.outcome().name(),
                review == null ? "" : empty(review.keptReason()),
                status.kind().name(), fiscalYear, completedOn, formId, reason, note, abolishedOn);
    }

    /**
     * The line in typed values, read from the spellings staff type; a cell that cannot be read is left
     * {@code null} and named in the line's {@code unreadable}, to be reported with the line's other faults.
     */
    ImportProceduresCommand.Line toImportLine() {
        InvalidInput.Collector unreadable = new InvalidInput.Collector();
        ProcedureCode[] parsedCode = new ProcedureCode[1];
        unreadable.check("code", () -> parsedCode[0] = new ProcedureCode(code));
        Boolean seal = CellSpellings.bool(sealRequired, "sealRequired", unreadable);
        Boolean paper = CellSpellings.bool(paperRequired, "paperRequired", unreadable);
        Boolean inPerson = CellSpellings.bool(inPersonRequired, "inPersonRequired", unreadable);
        SealReview.Outcome outcome = CellSpellings.outcome(sealReviewOutcome, unreadable);
        StatusKind kind = CellSpellings.status(status, unreadable);
        FiscalYear plannedFor = CellSpellings.fiscalYear(fiscalYear, unreadable);
        LocalDate completed = CellSpellings.date(completedOn, "completedOn", unreadable);
        LocalDate abolished = CellSpellings.date(abolishedOn, "abolishedOn", unreadable);
        FormId form = CellSpellings.formId(formId, unreadable);
        RevisionReason reason = CellSpellings.reason(revisionReason, unreadable);
        return new ImportProceduresCommand.Line(number, parsedCode[0], name, kana, department, category, description,
                legalBasis, seal, paper, inPerson, outcome, keptReason, kind, plannedFor, completed, form, reason,
                statusNote, abolished, unreadable.violations());
    }

    private static String empty(String value) {
        return value == null ? "" : value;
    }
}
