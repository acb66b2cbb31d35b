package org.madoguchi.platform.problem;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One invalid field of a request, as a service reports it: the field path, a problem code and the
 * arguments of its message. The message itself is looked up in the caller's language when the
 * problem is written.
 *
 * @param field     path of the field as the client sent it, e.g. {@code applicant.birthDate} or {@code items[2].name}
 * @param code      message code, looked up as {@code <code>.message} in the problem bundles
 * @param arguments {@link java.text.MessageFormat} arguments of the message
 */
public record FieldError(String field, String code, List<Object> arguments) {

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        arguments = arguments == null ? List.of() : Collections.unmodifiableList(Arrays.asList(arguments.toArray()));
    }

    /** A field error whose message takes the given arguments. */
    public static FieldError of(String field, String code, Object... arguments) {
        return new FieldError(field, code, Arrays.asList(arguments));
    }
}
