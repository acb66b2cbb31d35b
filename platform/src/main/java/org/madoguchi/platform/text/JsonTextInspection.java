package org.madoguchi.platform.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.madoguchi.platform.problem.FieldError;
import org.madoguchi.platform.problem.ProblemException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Holds every JSON request body of every service to {@link TextRules} before it is bound: each string value
 * (and each member name) is checked, and a body that breaks the rules anywhere is answered with one 400
 * problem {@code invalid-text} that names every offending field, so nothing of it reaches a use case or the
 * database. Tab, CR and LF pass here; fields of one line refuse them with {@link SingleLine}.
 * <p>
 * The body is read once into memory (the HTTP server already caps its size) and handed on unchanged. A body
 * that is not well-formed JSON is left to the JSON reader, which answers {@code malformed-body} as before.
 */
@Provider
public class JsonTextInspection implements ReaderInterceptor {

    /** Problem code of a body with text that breaks the rules. */
    public static final String INVALID_TEXT = "invalid-text";

    private static final JsonFactory JSON = new JsonFactory();
    private static final int MOST_REPORTED = 100;

    private final int maxLength;

    public JsonTextInspection(
            @ConfigProperty(name = "madoguchi.text.max-length", defaultValue = "10000") int maxLength) {
        this.maxLength = maxLength;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!isJson(context.getMediaType())) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        List<FieldError> errors = inspect(body);
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(INVALID_TEXT, errors.size()).withFieldErrors(errors);
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    /** The fields of a JSON document whose text breaks the rules; empty for acceptable or malformed JSON. */
    List<FieldError> inspect(byte[] body) {
        List<FieldError> errors = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(body)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null && errors.size() < MOST_REPORTED) {
                if (token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME) {
                    boolean name = token == JsonToken.FIELD_NAME;
                    Optional<String> broken = TextRules.check(parser.getText(), !name, maxLength);
                    if (broken.isPresent()) {
                        String field = path(parser.getParsingContext(), name);
                        errors.add(FieldError.of(field, broken.get(), maxLength));
                    }
                }
            }
        } catch (IOException malformedOrUnreadable) {
            return List.of();
        }
        return errors;
    }

    /** The field as the client knows it, e.g. {@code fields[2].label}; a member name is reported at its object. */
    private static String path(JsonStreamContext context, boolean memberName) {
        List<String> parts = new ArrayList<>();
        JsonStreamContext at = memberName ? context.getParent() : context;
        for (; at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inArray()) {
                parts.add(0, "[" + Math.max(at.getCurrentIndex(), 0) + "]");
            } else if (at.inObject() && at.getCurrentName() != null) {
                parts.add(0, "." + at.getCurrentName());
            }
        }
        String joined = String.join("", parts);
        return joined.startsWith(".") ? joined.substring(1) : joined;
    }

    private static boolean isJson(MediaType type) {
        return type != null && ("json".equalsIgnoreCase(type.getSubtype())
                || type.getSubtype().toLowerCase(Locale.ROOT).endsWith("+json"));
    }
}
