package org.madoguchi.platform.problem;

import java.util.List;

import jakarta.inject.Singleton;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.madoguchi.platform.failure.DomainFailure;

/**
 * Words every {@link DomainFailure} of a service as an RFC 9457 problem in the caller's language: the status
 * of its kind, its code and arguments, and one field error per violation. The words come from the service's
 * {@code ServiceProblemMessages} bundle, then the platform's (see {@link ProblemCatalog}).
 */
@Singleton
public class DomainFailureMappers {

    private final ProblemExceptionMappers problems;

    public DomainFailureMappers(ProblemExceptionMappers problems) {
        this.problems = problems;
    }

    /** The problem a domain failure stands for, e.g. to add to it before it is written. */
    public static ProblemException problemOf(DomainFailure failure) {
        List<FieldError> fields = failure.violations().stream()
                .map(violation -> new FieldError(violation.field(), violation.code(), violation.arguments()))
                .toList();
        return new ProblemException(failure.kind().status(), failure.code(), failure.arguments().toArray())
                .withFieldErrors(fields).causedBy(failure);
    }

    @ServerExceptionMapper
    public Response domainFailure(DomainFailure failure, HttpHeaders headers, UriInfo uri) {
        return problems.problem(problemOf(failure), headers, uri);
    }
}
