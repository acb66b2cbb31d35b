package org.madoguchi.platform.problem;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The body of an error response as RFC 9457 defines it ({@code application/problem+json}), with the
 * {@code errors} extension that lists invalid fields. Title, detail and messages are already in the
 * caller's language.
 *
 * @param type     URI naming the problem type, e.g. {@code https://madoguchi.org/problems/not-found}
 * @param title    short summary of the problem type
 * @param status   HTTP status
 * @param detail   explanation of this occurrence
 * @param instance path of the request that failed
 * @param errors   invalid fields; absent when there are none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "type", "title", "status", "detail", "instance", "errors" })
public record ProblemDetails(URI type, String title, int status, String detail, String instance,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<FieldMessage> errors) {

    /** Media type of problem responses. */
    public static final String MEDIA_TYPE = "application/problem+json";

    public ProblemDetails {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /**
     * One invalid field with its localized message.
     *
     * @param field   path of the field as the client sent it; absent for an error of the request as a whole
     * @param code    machine-readable reason, e.g. {@code not-blank} or {@code malformed-value}
     * @param message the reason in the caller's language
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldMessage(String field, String code, String message) {
    }
}
