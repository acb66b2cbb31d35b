package org.madoguchi.platform.problem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A failure a REST adapter reports to the client as an RFC 9457 problem: an HTTP status, a problem
 * code and the arguments of its localized message, optionally with field errors.
 * <p>
 * Use cases throw domain exceptions; a service's REST adapter translates them into this exception,
 * e.g. {@code throw ProblemException.notFound("application-not-found", receiptNumber)}. The code is
 * looked up as {@code <code>.title} and {@code <code>.detail} in the service's problem bundle, then in
 * the platform's.
 */
public class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final transient List<Object> arguments;
    private final transient List<FieldError> fieldErrors;

    /**
     * @param status    HTTP status, 400 to 599
     * @param code      problem code, lower-case words joined by hyphens, e.g. {@code reservation-overlaps}
     * @param arguments {@link java.text.MessageFormat} arguments of the detail message
     */
    public ProblemException(int status, String code, Object... arguments) {
        this(status, code, Arrays.asList(arguments), List.of(), null);
    }

    private ProblemException(int status, String code, List<Object> arguments, List<FieldError> fieldErrors,
            Throwable cause) {
        super(status + " " + code, cause);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("a problem has a 4xx or 5xx status, not " + status);
        }
        this.status = status;
        this.code = Objects.requireNonNull(code, "code");
        this.arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    /** 400: the request is wrong in a way the client can fix. */
    public static ProblemException badRequest(String code, Object... arguments) {
        return new ProblemException(400, code, arguments);
    }

    /** 403: the caller is known but may not do this. */
    public static ProblemException forbidden(String code, Object... arguments) {
        return new ProblemException(403, code, arguments);
    }

    /** 404: the addressed resource does not exist (or the caller may not know that it does). */
    public static ProblemException notFound(String code, Object... arguments) {
        return new ProblemException(404, code, arguments);
    }

    /** 409: the request conflicts with the current state of the resource. */
    public static ProblemException conflict(String code, Object... arguments) {
        return new ProblemException(409, code, arguments);
    }

    /** 412: an {@code If-Match} precondition failed, e.g. the resource changed since the client read it. */
    public static ProblemException preconditionFailed(String code, Object... arguments) {
        return new ProblemException(412, code, arguments);
    }

    /** 422: the request is well-formed but breaks a business rule. */
    public static ProblemException unprocessable(String code, Object... arguments) {
        return new ProblemException(422, code, arguments);
    }

    /** The same problem with one more field error. */
    public ProblemException withFieldError(String field, String code, Object... arguments) {
        return withFieldErrors(List.of(FieldError.of(field, code, arguments)));
    }

    /** The same problem with the given field errors added. */
    public ProblemException withFieldErrors(List<FieldError> additional) {
        List<FieldError> all = new ArrayList<>(fieldErrors);
        all.addAll(additional);
        ProblemException copy = new ProblemException(status, code, arguments, all, getCause());
        copy.setStackTrace(getStackTrace());
        return copy;
    }

    /** The same problem, recording the exception it was translated from (for the log, never for the client). */
    public ProblemException causedBy(Throwable cause) {
        ProblemException copy = new ProblemException(status, code, arguments, fieldErrors, cause);
        copy.setStackTrace(getStackTrace());
        return copy;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<Object> arguments() {
        return arguments;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}
