package org.madoguchi.platform.problem;

import java.lang.reflect.Method;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Turns every failure of a REST request into an RFC 9457 problem in the caller's language, so that all
 * services answer errors alike. Unexpected failures become a 500 with an error id that is logged with the
 * stack trace; the client never sees the exception's text. A failure because the database is out of reach is a
 * 503 with {@code Retry-After} instead ({@link DatabaseOutage}).
 * <p>
 * {@code AuthenticationFailedException} (a rejected token) is left to Quarkus, which answers 401 with the
 * {@code WWW-Authenticate} challenge before a resource is reached.
 */
@Singleton
public class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);
    private static final String MALFORMED_BODY = "malformed-body";
    private static final String INTERNAL_ERROR = "internal-error";
    private static final String SERVICE_UNAVAILABLE = "service-unavailable";
    /** When to try again after a 503 for a database out of reach: a restart of PostgreSQL takes a few seconds. */
    private static final String RETRY_AFTER_SECONDS = "5";
    private static final Set<String> REPLACED_HEADERS = Set.of(HttpHeaders.CONTENT_TYPE.toLowerCase(Locale.ROOT),
            HttpHeaders.CONTENT_LENGTH.toLowerCase(Locale.ROOT), HttpHeaders.CONTENT_LANGUAGE.toLowerCase(Locale.ROOT));

    private final ProblemCatalog catalog;
    private final URI typeBase;
    private final MessageInterpolator interpolator;

    public ProblemExceptionMappers(ProblemCatalog catalog, ProblemConfig config, ValidatorFactory validatorFactory) {
        this.catalog = catalog;
        String base = config.typeBase().toString();
        this.typeBase = URI.create(base.endsWith("/") ? base : base + "/");
        this.interpolator = validatorFactory.getMessageInterpolator();
    }

    /** A failure a service reports on purpose. */
    @ServerExceptionMapper
    public Response problem(ProblemException failure, HttpHeaders headers, UriInfo uri) {
        if (failure.status() >= 500) {
            LOG.errorf(failure, "Problem %s on %s", failure.code(), uri.getPath());
        } else {
            LOG.debugf("Problem %s on %s", failure.code(), uri.getPath());
        }
        Locale locale = language(headers);
        List<ProblemDetails.FieldMessage> errors = failure.fieldErrors().stream()
                .map(error -> new ProblemDetails.FieldMessage(error.field(), error.code(),
                        catalog.fieldMessage(error.code(), locale, error.arguments())))
                .toList();
        return respond(failure.status(), failure.code(), failure.arguments(), errors, locale, uri).build();
    }

    /** Bean Validation of a request: 400 with one field error per violation; a violated return value is a bug. */
    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException failure, HttpHeaders headers, UriInfo uri,
            ResourceInfo resource) {
        Set<ConstraintViolation<?>> violations = failure.getConstraintViolations() == null ? Set.of()
                : failure.getConstraintViolations();
        if (violations.stream().anyMatch(ProblemExceptionMappers::isReturnValue)) {
            return unexpected(failure, headers, uri);
        }
        Locale locale = language(headers);
        Method method = resource == null ? null : resource.getResourceMethod();
        List<ProblemDetails.FieldMessage> errors = violations.stream()
                .map(violation -> new ProblemDetails.FieldMessage(FieldPaths.of(violation, method),
                        FieldPaths.code(violation), message(violation, locale)))
                .sorted(Comparator.comparing(ProblemDetails.FieldMessage::field,
                        Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(ProblemDetails.FieldMessage::code))
                .toList();
        return respond(400, "validation-failed", List.of(errors.size()), errors, locale, uri).build();
    }

    /** A request body that is not JSON, or whose values do not fit the expected types. */
    @ServerExceptionMapper({ MismatchedInputException.class, StreamReadException.class })
    public Response malformedJson(JsonProcessingException failure, HttpHeaders headers, UriInfo uri) {
        return malformedBody(failure, headers, uri);
    }

    /** Jackson cannot bind a type at all: a defect of the service, not of the request. */
    @ServerExceptionMapper
    public Response invalidJsonDefinition(InvalidDefinitionException failure, HttpHeaders headers, UriInfo uri) {
        return unexpected(failure, headers, uri);
    }

    /**
     * JAX-RS failures (404, 405, 406, 415, 403 …) keep their status and headers such as {@code Allow}; a
     * body the reader could not parse becomes {@code malformed-body}. Redirects and responses that already
     * carry an entity pass unchanged.
     */
    @ServerExceptionMapper
    public Response webApplication(WebApplicationException failure, HttpHeaders headers, UriInfo uri) {
        Response original = failure.getResponse();
        int status = original.getStatus();
        if (status < 400 || original.hasEntity()) {
            return original;
        }
        if (status == 400 && failure.getCause() instanceof JsonProcessingException json) {
            return malformedBody(json, headers, uri);
        }
        if (status == 500) {
            return unexpected(failure, headers, uri);
        }
        if (status > 500) {
            LOG.warnf("%d on %s: %s", status, uri.getPath(), failure.getMessage());
        }
        Response.ResponseBuilder response = respond(status, StatusCodes.of(status), List.of(), List.of(),
                language(headers), uri);
        for (Map.Entry<String, List<Object>> header : original.getHeaders().entrySet()) {
            if (!REPLACED_HEADERS.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                header.getValue().forEach(value -> response.header(header.getKey(), value));
            }
        }
        return response.build();
    }

    /** An authenticated caller who lacks a role ({@code @RolesAllowed}). */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException failure, HttpHeaders headers, UriInfo uri) {
        return respond(403, "forbidden", List.of(), List.of(), language(headers), uri).build();
    }

    /**
     * An anonymous caller on a protected resource: the authentication mechanism's challenge (401 with
     * {@code WWW-Authenticate: Bearer}) as Quarkus would send it, with a problem body.
     */
    @ServerExceptionMapper
    public Uni<Response> unauthorized(UnauthorizedException failure, RoutingContext routing, HttpHeaders headers,
            UriInfo uri) {
        HttpAuthenticator authenticator = routing.get(HttpAuthenticator.class.getName());
        Uni<ChallengeData> challenge = authenticator == null ? Uni.createFrom().nullItem()
                : authenticator.getChallenge(routing);
        return challenge.onFailure().recoverWithNull().map(data -> {
            int status = data == null ? 401 : data.status;
            Response.ResponseBuilder response = status == 401
                    ? respond(401, "unauthorized", List.of(), List.of(), language(headers), uri)
                    : Response.status(status);
            if (data != null && data.getHeaders() != null) {
                data.getHeaders().forEach((name, value) -> response.header(name.toString(), value));
            }
            return response.build();
        });
    }

    /**
     * Anything else: 500 with an error id in the detail and in the log, and nothing of the exception; unless the
     * database was out of reach ({@link DatabaseOutage}), which is a 503 {@code service-unavailable} with
     * {@code Retry-After}: the request was rolled back and will succeed once the database is back.
     */
    @ServerExceptionMapper
    public Response unexpected(Exception failure, HttpHeaders headers, UriInfo uri) {
        if (DatabaseOutage.causes(failure)) {
            // the exception's text may quote a statement; its kind is enough to tell the outage in the log
            LOG.warnf("Database out of reach on %s (%s): answered 503", uri.getPath(), failure.getClass().getName());
            return respond(503, SERVICE_UNAVAILABLE, List.of(), List.of(), language(headers), uri)
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(failure, "Unexpected failure %s on %s", errorId, uri.getPath());
        return respond(500, INTERNAL_ERROR, List.of(errorId), List.of(), language(headers), uri).build();
    }

    private Response malformedBody(JsonProcessingException failure, HttpHeaders headers, UriInfo uri) {
        LOG.debugf("Malformed body on %s: %s", uri.getPath(), failure.getOriginalMessage());
        Locale locale = language(headers);
        List<ProblemDetails.FieldMessage> errors = List.of();
        if (failure instanceof JsonMappingException mapping) {
            String field = FieldPaths.of(mapping);
            if (field != null) {
                String code = failure instanceof UnrecognizedPropertyException ? "unknown-property" : "malformed-value";
                errors = List.of(new ProblemDetails.FieldMessage(field, code,
                        catalog.fieldMessage(code, locale, List.of())));
            }
        }
        return respond(400, MALFORMED_BODY, List.of(), errors, locale, uri).build();
    }

    private Response.ResponseBuilder respond(int status, String code, List<?> arguments,
            List<ProblemDetails.FieldMessage> errors, Locale locale, UriInfo uri) {
        ProblemDetails problem = new ProblemDetails(typeBase.resolve(code), catalog.title(code, status, locale), status,
                catalog.detail(code, locale, arguments).orElse(null), uri.getRequestUri().getRawPath(), errors);
        return Response.status(status).type(ProblemDetails.MEDIA_TYPE).language(locale).entity(problem);
    }

    private static Locale language(HttpHeaders headers) {
        return ResponseLanguage.of(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /**
     * The violation's message in the caller's language, whatever locale Hibernate Validator used. The
     * platform's own constraints ({@code org.madoguchi..}) are worded by the problem bundles.
     */
    private String message(ConstraintViolation<?> violation, Locale locale) {
        if (violation.getConstraintDescriptor().getAnnotation().annotationType().getName().startsWith("org.madoguchi.")) {
            return catalog.fieldMessage(FieldPaths.code(violation), locale, List.of());
        }
        try {
            return interpolator.interpolate(violation.getMessageTemplate(), new ViolationContext(violation), locale);
        } catch (ValidationException | IllegalArgumentException notInterpolated) {
            return violation.getMessage();
        }
    }

    private static boolean isReturnValue(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    /** What a message interpolator needs to know of a violation that already happened. */
    private record ViolationContext(ConstraintViolation<?> violation) implements MessageInterpolator.Context {

        @Override
        public ConstraintDescriptor<?> getConstraintDescriptor() {
            return violation.getConstraintDescriptor();
        }

        @Override
        public Object getValidatedValue() {
            return violation.getInvalidValue();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            if (type.isInstance(this)) {
                return type.cast(this);
            }
            throw new ValidationException("Cannot unwrap a violation context to " + type.getName());
        }
    }
}
