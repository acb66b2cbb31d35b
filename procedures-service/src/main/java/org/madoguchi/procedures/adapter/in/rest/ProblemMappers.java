package org.madoguchi.procedures.adapter.in.rest;

import java.util.List;
import java.util.Locale;

import jakarta.inject.Singleton;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.madoguchi.platform.problem.FieldError;
import org.madoguchi.platform.problem.ProblemException;
import org.madoguchi.platform.problem.ProblemExceptionMappers;
import org.madoguchi.procedures.domain.model.DuplicateDepartmentName;
import org.madoguchi.procedures.domain.model.DuplicateProcedureCode;
import org.madoguchi.procedures.domain.model.FormStateConflict;
import org.madoguchi.procedures.domain.model.InvalidInput;
import org.madoguchi.procedures.domain.model.InvalidStatusTransition;
import org.madoguchi.procedures.domain.model.NotFound;
import org.madoguchi.procedures.domain.model.NotPermitted;
import org.madoguchi.procedures.domain.model.StaleVersion;
import org.madoguchi.procedures.domain.model.UnknownDepartment;

/**
 * Words the registry's domain failures as RFC 9457 problems in the caller's language (codes in
 * {@code ServiceProblemMessages_ja/en.properties}), through the platform's problem writer.
 */
@Singleton
class ProblemMappers {

    private final ProblemExceptionMappers problems;

    ProblemMappers(ProblemExceptionMappers problems) {
        this.problems = problems;
    }

    /** The problem with one field error per violation. */
    static ProblemException fieldErrors(ProblemException problem, InvalidInput invalid) {
        List<FieldError> errors = invalid.violations().stream()
                .map(v -> new FieldError(v.field(), v.code(), v.arguments())).toList();
        return problem.withFieldErrors(errors).causedBy(invalid);
    }

    @ServerExceptionMapper
    public Response invalidInput(InvalidInput invalid, HttpHeaders headers, UriInfo uri) {
        return problems.problem(fieldErrors(ProblemException.badRequest("validation-failed",
                invalid.violations().size()), invalid), headers, uri);
    }

    @ServerExceptionMapper
    public Response unknownDepartment(UnknownDepartment unknown, HttpHeaders headers, UriInfo uri) {
        return problems.problem(ProblemException.unprocessable("unknown-department", unknown.code())
                .withFieldError("departmentCode", "unknown-department", unknown.code()).causedBy(unknown), headers, uri);
    }

    @ServerExceptionMapper
    public Response duplicateCode(DuplicateProcedureCode duplicate, HttpHeaders headers, UriInfo uri) {
        return problems.problem(ProblemException.conflict("duplicate-procedure-code", duplicate.code().value())
                .withFieldError("code", "duplicate-procedure-code", duplicate.code().value()).causedBy(duplicate),
                headers, uri);
    }

    @ServerExceptionMapper
    public Response duplicateDepartmentName(DuplicateDepartmentName duplicate, HttpHeaders headers, UriInfo uri) {
        return problems.problem(ProblemException.conflict("duplicate-department-name", duplicate.name())
                .withFieldError("name", "duplicate-department-name", duplicate.name()).causedBy(duplicate),
                headers, uri);
    }

    @ServerExceptionMapper
    public Response invalidTransition(InvalidStatusTransition invalid, HttpHeaders headers, UriInfo uri) {
        return problems.problem(ProblemException.conflict("invalid-status-transition", invalid.from().ja(),
                invalid.to().ja(), invalid.from().en(), invalid.to().en())
                .withFieldError("status", "invalid-status-transition", invalid.from().name(), invalid.to().name())
                .causedBy(invalid), headers, uri);
    }

    @ServerExceptionMapper
    public Response formState(FormStateConflict conflict, HttpHeaders headers, UriInfo uri) {
        return problems.problem(ProblemException.conflict("form-" + conflict.action().name().toLowerCase(Locale.ROOT)
                + "-not-allowed", conflict.status().name()).causedBy(conflict), headers, uri);
    }

    @ServerExceptionMapper
    public Response notPermitted(NotPermitted denied, HttpHeaders headers, UriInfo uri) {
        return problems.problem(ProblemException.forbidden("not-department-owner", denied.owner().value())
                .causedBy(denied), headers, uri);
    }

    @ServerExceptionMapper
    public Response stale(StaleVersion stale, HttpHeaders headers, UriInfo uri) {
        return problems.problem(ProblemException.preconditionFailed("stale-version", stale.expected(), stale.actual())
                .causedBy(stale), headers, uri);
    }

    @ServerExceptionMapper
    public Response notFound(NotFound missing, HttpHeaders headers, UriInfo uri) {
        String code = switch (missing.what()) {
            case PROCEDURE -> "procedure-not-found";
            case FORM -> "form-not-found";
            case FORM_VERSION -> "form-version-not-found";
            case DEPARTMENT -> "department-not-found";
            case PUBLISHED_FIGURES -> "published-figures-not-found";
        };
        return problems.problem(ProblemException.notFound(code, missing.key()).causedBy(missing), headers, uri);
    }
}
