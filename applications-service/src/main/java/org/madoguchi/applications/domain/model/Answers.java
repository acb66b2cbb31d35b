package org.madoguchi.applications.domain.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The answers of an application by field key, in the order they were given (or, once checked, of the fields). */
public record Answers(Map<String, Answer> values) {

    public Answers {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The attachment ids given for every attachment field of the form, in the order of its fields. */
    public List<String> attachmentIds(Form form) {
        return form.attachmentFields().stream()
                .map(field -> values.get(field.key()))
                .filter(Answer.Many.class::isInstance)
                .flatMap(answer -> ((Answer.Many) answer).values().stream())
                .toList();
    }
}
