package org.madoguchi.procedures.application.port.in;

import java.util.Objects;

import org.madoguchi.platform.failure.InvalidInput;
import org.madoguchi.procedures.domain.model.Actor;
import org.madoguchi.procedures.domain.model.DepartmentCode;
import org.madoguchi.procedures.domain.model.FiscalYear;
import org.madoguchi.procedures.domain.model.ProcedureCode;
import org.madoguchi.procedures.domain.model.ProcedureDetails;
import org.madoguchi.procedures.domain.model.SealReview;

/**
 * A procedure to register.
 *
 * @param code       its code
 * @param details    what staff write about it
 * @param plannedFor the fiscal year it is planned to go online; {@code null}: in no plan yet
 * @param actor      who asks
 */
public record RegisterProcedureCommand(ProcedureCode code, ProcedureDetails details, FiscalYear plannedFor,
        Actor actor) {

    public RegisterProcedureCommand {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(actor, "actor");
    }

    /** Builds the command from what the caller sent, reporting every invalid field at once. */
    public static RegisterProcedureCommand of(String code, ProcedureInput input, String plannedFor, Actor actor) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        ProcedureCode[] parsedCode = new ProcedureCode[1];
        errors.check("code", () -> parsedCode[0] = new ProcedureCode(code));
        ProcedureDetails details = input.toDetails(errors);
        FiscalYear[] fiscalYear = new FiscalYear[1];
        if (plannedFor != null && !plannedFor.isBlank()) {
            errors.check("plannedFiscalYear", () -> fiscalYear[0] = FiscalYear.parse(plannedFor));
        }
        errors.throwIfAny();
        return new RegisterProcedureCommand(parsedCode[0], details, fiscalYear[0], actor);
    }

    /**
     * What a caller writes about a procedure, as text, before it is checked; {@link EditProcedureCommand} takes
     * it too.
     *
     * @param name           手続き名
     * @param kana           よみがな
     * @param departmentCode the owning department's code
     * @param category       分類
     * @param description    説明
     * @param legalBasis     根拠法令
     * @param sealReview     the 押印・書面・対面 review, or {@code null}
     */
    public record ProcedureInput(String name, String kana, String departmentCode, String category, String description,
            String legalBasis, SealReviewInput sealReview) {

        /**
         * The review as the caller wrote it.
         *
         * @param sealRequired     押印 was required
         * @param paperRequired    書面 was required
         * @param inPersonRequired 対面 was required
         * @param outcome          {@code ABOLISHED} or {@code KEPT}
         * @param keptReason       why kept
         */
        public record SealReviewInput(Boolean sealRequired, Boolean paperRequired, Boolean inPersonRequired,
                SealReview.Outcome outcome, String keptReason) {
        }

        /** The checked details; every invalid field is reported at once. */
        public ProcedureDetails toDetails(InvalidInput.Collector errors) {
            DepartmentCode[] department = new DepartmentCode[1];
            if (departmentCode != null && !departmentCode.isBlank()) {
                errors.check("departmentCode", () -> department[0] = new DepartmentCode(departmentCode.strip()));
            }
            SealReview[] review = new SealReview[1];
            if (sealReview != null) {
                errors.check("sealReview", () -> review[0] = new SealReview(
                        Boolean.TRUE.equals(sealReview.sealRequired()), Boolean.TRUE.equals(sealReview.paperRequired()),
                        Boolean.TRUE.equals(sealReview.inPersonRequired()), sealReview.outcome(),
                        sealReview.keptReason()));
            }
            ProcedureDetails[] details = new ProcedureDetails[1];
            InvalidInput.Collector own = new InvalidInput.Collector();
            own.check("", () -> details[0] = new ProcedureDetails(name, kana, department[0], category, description,
                    legalBasis, review[0]));
            // a malformed department code was reported already; do not report it as missing too
            boolean departmentReported = departmentCode != null && !departmentCode.isBlank() && department[0] == null;
            own.violations().stream()
                    .filter(v -> !(departmentReported && v.field().equals("departmentCode")))
                    .forEach(v -> errors.add(v.field(), v.code(), v.arguments().toArray()));
            return details[0];
        }
    }
}
