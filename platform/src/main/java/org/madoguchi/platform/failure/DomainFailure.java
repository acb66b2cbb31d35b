package org.madoguchi.platform.failure;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A refusal of the domain or of a use case, said in the domain's words: what kind of refusal it is, a
 * problem code and the arguments of its message, and for bad input the fields it is about.
 * <p>
 * Each service declares one subclass per refusal in its domain ({@code DuplicateProcedureCode},
 * {@code BookingConflict} …). The platform's REST layer words them as RFC 9457 problems from the service's
 * {@code ServiceProblemMessages} bundle ({@code <code>.title}, {@code <code>.detail}, and
 * {@code <code>.message} for each violation), so no service writes an exception mapper of its own.
 * <p>
 * This package depends on the JDK alone, so that domain packages may use it.
 */
public abstract class DomainFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What kind of refusal this is; decides the HTTP status a REST adapter answers with. */
    public enum Kind {
        /** The input is wrong in a way the caller can fix (400). */
        INVALID(400),
        /** The caller is known but may not do this (403). */
        FORBIDDEN(403),
        /** What was addressed does not exist, or the caller may not know that it does (404). */
        NOT_FOUND(404),
        /** It conflicts with the current state (409). */
        CONFLICT(409),
        /** It was changed since the caller read it (412). */
        STALE(412),
        /** Well-formed, but it breaks a business rule (422). */
        UNPROCESSABLE(422);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        /** The HTTP status of this kind of refusal. */
        public int status() {
            return status;
        }
    }

    private final Kind kind;
    private final String code;
    private final transient List<Object> arguments;
    private final transient List<Violation> violations;

    /**
     * @param kind      what kind of refusal
     * @param code      problem code, lower-case words joined by hyphens, e.g. {@code reservation-overlaps}
     * @param arguments arguments of the detail message, in the order the bundle's pattern numbers them
     */
    protected DomainFailure(Kind kind, String code, Object... arguments) {
        this(kind, code, Arrays.asList(arguments), List.of());
    }

    /**
     * @param violations the fields the refusal is about, each with its own message code
     */
    protected DomainFailure(Kind kind, String code, List<?> arguments, List<Violation> violations) {
        super(kind + " " + code);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.code = Objects.requireNonNull(code, "code");
        this.arguments = Collections.unmodifiableList(Arrays.asList(arguments.toArray()));
        this.violations = List.copyOf(violations);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public List<Object> arguments() {
        return arguments;
    }

    /** The fields this refusal is about; empty when it concerns the request as a whole. */
    public List<Violation> violations() {
        return violations;
    }
}
