package org.madoguchi.procedures.adapter.in.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.madoguchi.procedures.application.port.in.ProcedureQueries;
import org.madoguchi.procedures.application.port.in.ProcedureQueries.SearchResults;
import org.madoguchi.procedures.application.port.in.RegisterProcedureCommand.ProcedureInput;
import org.madoguchi.procedures.application.port.in.RegisterProcedureCommand.ProcedureInput.SealReviewInput;
import org.madoguchi.procedures.config.FormLinks;
import org.madoguchi.procedures.domain.model.Department;
import org.madoguchi.procedures.domain.model.Form;
import org.madoguchi.procedures.domain.model.OnlineStatus;
import org.madoguchi.procedures.domain.model.Procedure;
import org.madoguchi.procedures.domain.model.ProcedureChange;
import org.madoguchi.procedures.domain.model.ProcedureDetails;
import org.madoguchi.procedures.domain.model.RevisionReason;
import org.madoguchi.procedures.domain.model.SealReview;
import org.madoguchi.procedures.domain.model.StatusKind;

/** Request and response bodies of {@link ProcedureResource}. */
final class ProcedureDtos {

    private ProcedureDtos() {
    }

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

        ProcedureInput input() {
            return new ProcedureInput(name, kana, departmentCode, category, description, legalBasis, sealReview);
        }
    }

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

        ProcedureInput input() {
            return new ProcedureInput(name, kana, departmentCode, category, description, legalBasis, sealReview);
        }
    }

    /**
     * A status change.
     *
     * @param status     PLANNED, COMPLETED, REVISED or ABOLISHED
     * @param fiscalYear PLANNED: the fiscal year (2022, FY2022, 令和4年度)
     * @param on         COMPLETED, ABOLISHED: the day (default today)
     * @param formId     COMPLETED: the form citizens use, optional
     * @param reason     REVISED: why it will not go online
     * @param note       free text; required for the reason OTHER
     */
    public record StatusChangeRequest(StatusKind status, String fiscalYear, LocalDate on, UUID formId,
            RevisionReason reason, String note) {
    }

    /**
     * A department as shown with a procedure.
     *
     * @param code   code
     * @param name   Japanese name
     * @param nameEn English name
     */
    public record DepartmentRef(String code, String name, String nameEn) {

        static DepartmentRef of(Department department) {
            return new DepartmentRef(department.code().value(), department.name(), department.nameEn());
        }
    }

    /**
     * The 押印・書面・対面 review.
     *
     * @param sealRequired     押印 required before
     * @param paperRequired    書面 required before
     * @param inPersonRequired 対面 required before
     * @param outcome          ABOLISHED or KEPT
     * @param outcomeLabel     the outcome in Japanese and English
     * @param keptReason       why kept
     */
    public record SealReviewResponse(boolean sealRequired, boolean paperRequired, boolean inPersonRequired,
            SealReview.Outcome outcome, Labels outcomeLabel, String keptReason) {

        static SealReviewResponse of(SealReview review) {
            return review == null ? null : new SealReviewResponse(review.sealRequired(), review.paperRequired(),
                    review.inPersonRequired(), review.outcome(),
                    review.outcome() == null ? null : new Labels(review.outcome().ja(), review.outcome().en()),
                    review.keptReason());
        }
    }

    /**
     * An online-ization status.
     *
     * @param kind        NOT_PLANNED, PLANNED, COMPLETED, REVISED, ABOLISHED
     * @param label       the kind in Japanese and English
     * @param online      whether citizens can do it online
     * @param fiscalYear  the plan's fiscal year, in both forms
     * @param completedOn the day it went online
     * @param formId      the form of a completion
     * @param reason      why a plan was revised
     * @param reasonLabel the reason in Japanese and English
     * @param note        free text
     * @param abolishedOn the day it was abolished
     */
    public record StatusResponse(StatusKind kind, Labels label, boolean online, Labels.FiscalYearLabels fiscalYear,
            LocalDate completedOn, UUID formId, RevisionReason reason, Labels reasonLabel, String note,
            LocalDate abolishedOn) {

        static StatusResponse of(OnlineStatus status) {
            Labels.FiscalYearLabels fiscalYear = Labels.FiscalYearLabels.of(status.plannedFor().orElse(null));
            Labels label = new Labels(status.kind().ja(), status.kind().en());
            if (status instanceof OnlineStatus.Completed completed) {
                return new StatusResponse(status.kind(), label, true, fiscalYear, completed.on(),
                        completed.form() == null ? null : completed.form().value(), null, null, null, null);
            }
            if (status instanceof OnlineStatus.Revised revised) {
                return new StatusResponse(status.kind(), label, false, fiscalYear, null, null, revised.reason(),
                        new Labels(revised.reason().ja(), revised.reason().en()), revised.note(), null);
            }
            if (status instanceof OnlineStatus.Abolished abolished) {
                return new StatusResponse(status.kind(), label, false, fiscalYear, null, null, null, null,
                        abolished.note(), abolished.on());
            }
            return new StatusResponse(status.kind(), label, false, fiscalYear, null, null, null, null, null, null);
        }
    }

    /**
     * A form serving a procedure.
     *
     * @param id        form id
     * @param title     title
     * @param titleEn   English title
     * @param kind      kind
     * @param status    DRAFT, PUBLISHED, CLOSED
     * @param publicUrl where citizens open it
     */
    public record FormRef(UUID id, String title, String titleEn, String kind, String status, String publicUrl) {

        static FormRef of(Form form, FormLinks links) {
            return new FormRef(form.id().value(), form.content().title(), form.content().titleEn(),
                    form.kind().name(), form.status().name(), links.publicUrl(form.id()).toString());
        }
    }

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
    public record ProcedureResponse(UUID id, String code, String name, String kana, DepartmentRef department,
            String category, String description, String legalBasis, SealReviewResponse sealReview,
            StatusResponse status, List<FormRef> forms, long version) {

        static ProcedureResponse of(ProcedureQueries.ProcedureView view, FormLinks links) {
            Procedure procedure = view.procedure();
            ProcedureDetails details = procedure.details();
            return new ProcedureResponse(procedure.id().value(), procedure.code().value(), details.name(),
                    details.kana(), DepartmentRef.of(view.department()), details.category(), details.description(),
                    details.legalBasis(), SealReviewResponse.of(details.sealReview()),
                    StatusResponse.of(procedure.status()), view.forms().stream().map(f -> FormRef.of(f, links)).toList(),
                    procedure.version());
        }
    }

    /**
     * One entry of a procedure's history.
     *
     * @param kind          REGISTERED, EDITED, STATUS_CHANGED
     * @param at            when
     * @param bySubject     who (token subject)
     * @param byName        who (user name)
     * @param changedFields the fields an edit changed
     * @param status        the status that resulted
     * @param effectiveOn   the day the status took effect
     * @param version       the version after the change
     */
    public record HistoryEntryResponse(String kind, Instant at, String bySubject, String byName,
            List<String> changedFields, StatusResponse status, LocalDate effectiveOn, long version) {

        static HistoryEntryResponse of(ProcedureChange change) {
            return new HistoryEntryResponse(change.kind().name(), change.at(), change.by().subject(),
                    change.by().username(), change.changedFields(),
                    change.status() == null ? null : StatusResponse.of(change.status()), change.effectiveOn(),
                    change.version());
        }
    }

    /**
     * A page of search results.
     *
     * @param total how many match
     * @param page  this page, from 0
     * @param size  page size
     * @param items the matches, best first
     */
    public record SearchResponse(long total, int page, int size, List<SearchHitResponse> items) {
    }

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
            DepartmentRef department, StatusKind status, Labels statusLabel, float score) {

        static SearchHitResponse of(SearchResults.Hit hit) {
            return new SearchHitResponse(UUID.fromString(hit.procedureId()), hit.code(), hit.name(), hit.kana(),
                    hit.category(), new DepartmentRef(hit.departmentCode(), hit.departmentName(),
                            hit.departmentNameEn()),
                    hit.status(), new Labels(hit.status().ja(), hit.status().en()), hit.score());
        }
    }

    /**
     * What an import did.
     *
     * @param rows          lines read
     * @param registered    new procedures
     * @param edited        procedures whose details changed
     * @param statusChanged procedures whose status changed
     * @param unchanged     lines that changed nothing
     * @param encoding      the character set the file was read in
     */
    public record ImportResponse(int rows, int registered, int edited, int statusChanged, int unchanged,
            String encoding) {
    }
}
