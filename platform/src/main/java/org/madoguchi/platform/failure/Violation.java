package org.madoguchi.platform.failure;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One broken rule of an input value: which field, a machine-readable code and the arguments of its
 * message. Adapters word it for the caller.
 *
 * @param field     path of the field as the caller sent it, e.g. {@code fields[2].choices}; empty for the whole input
 * @param code      what is wrong, lower-case words joined by hyphens, e.g. {@code not-blank}
 * @param arguments arguments of the message, e.g. a maximum length
 */
public record Violation(String field, String code, List<Object> arguments) {

    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        arguments = arguments == null ? List.of() : Collections.unmodifiableList(Arrays.asList(arguments.toArray()));
    }

    public static Violation of(String field, String code, Object... arguments) {
        return new Violation(field, code, Arrays.asList(arguments));
    }

    /** The same violation, its field placed under a parent path ({@code fields[2]} + {@code key}). */
    public Violation under(String parent) {
        if (parent.isEmpty()) {
            return this;
        }
        return new Violation(field.isEmpty() ? parent : parent + "." + field, code, arguments);
    }
}
