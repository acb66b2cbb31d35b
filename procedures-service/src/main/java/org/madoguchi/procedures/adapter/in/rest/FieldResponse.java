package org.madoguchi.procedures.adapter.in.rest;

import java.util.List;

import org.madoguchi.procedures.domain.model.FieldDefinition;
import org.madoguchi.procedures.domain.model.FieldType;

/**
 * A field of a form.
 *
 * @param key       answer key
 * @param label     label
 * @param labelEn   English label
 * @param type      type
 * @param typeLabel type in Japanese and English
 * @param required  required
 * @param minLength shortest answer
 * @param maxLength longest answer
 * @param pattern   regular expression
 * @param choices   options
 */
public record FieldResponse(String key, String label, String labelEn, FieldType type, BilingualText typeLabel,
        boolean required, Integer minLength, Integer maxLength, String pattern, List<String> choices) {

    static FieldResponse of(FieldDefinition field) {
        return new FieldResponse(field.key(), field.label(), field.labelEn(), field.type(),
                BilingualText.of(field.type().label()), field.required(), field.minLength(), field.maxLength(),
                field.pattern(), field.choices());
    }
}
