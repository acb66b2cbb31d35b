package org.madoguchi.applications.adapter.out.persistence;

import java.util.List;

import org.madoguchi.applications.domain.model.FieldType;
import org.madoguchi.applications.domain.model.FormField;

/** One field of {@code form_version.fields} as stored. */
record StoredField(String key, String label, String labelEn, String type, boolean required, Integer minLength,
        Integer maxLength, String pattern, List<String> choices) {

    static StoredField of(FormField field) {
        return new StoredField(field.key(), field.label(), field.labelEn(), field.type().name(), field.required(),
                field.minLength(), field.maxLength(), field.pattern(), field.choices());
    }

    FormField toDomain() {
        return new FormField(key, label, labelEn, FieldType.valueOf(type), required, minLength, maxLength, pattern,
                choices);
    }
}
