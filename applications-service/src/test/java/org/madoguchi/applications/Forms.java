package org.madoguchi.applications;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import org.madoguchi.applications.application.port.out.FormCatalogue;
import org.madoguchi.applications.domain.model.AttachmentLimits;
import org.madoguchi.applications.domain.model.DepartmentCode;
import org.madoguchi.applications.domain.model.FieldType;
import org.madoguchi.applications.domain.model.Form;
import org.madoguchi.applications.domain.model.FormField;
import org.madoguchi.applications.domain.model.FormId;
import org.madoguchi.applications.domain.model.FormKind;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Forms for tests, as procedures-service would publish them, and a way to put them into the catalogue. */
public final class Forms {

    private Forms() {
    }

    public static FormField field(String key, FieldType type, boolean required) {
        return new FormField(key, key + "の項目", key, type, required, null, null, null, List.of());
    }

    /** Every field type once, as a resident's application form of the health department would have them. */
    public static List<FormField> everyType() {
        List<FormField> fields = new ArrayList<>();
        fields.add(new FormField("name", "氏名", "Name", FieldType.TEXT, true, 1, 50, null, List.of()));
        fields.add(new FormField("kana", "フリガナ", "Name in katakana", FieldType.TEXT, false, null, 50,
                "[\\p{IsKatakana}ー\\s　]+", List.of()));
        fields.add(new FormField("note", "備考", "Notes", FieldType.LONG_TEXT, false, null, 200, null, List.of()));
        fields.add(field("household", FieldType.NUMBER, false));
        fields.add(field("birthDate", FieldType.DATE, true));
        fields.add(new FormField("ward", "地区", "Ward", FieldType.SINGLE_CHOICE, true, null, null, null,
                List.of("中央", "国府", "福部")));
        fields.add(new FormField("needs", "必要な支援", "Support needed", FieldType.MULTIPLE_CHOICE, false, null, null,
                null, List.of("食料", "日用品", "薬")));
        fields.add(field("email", FieldType.EMAIL, true));
        fields.add(field("phone", FieldType.PHONE, false));
        fields.add(field("postalCode", FieldType.POSTAL_CODE, true));
        fields.add(new FormField("address", "住所", "Address", FieldType.ADDRESS, true, null, 200, null, List.of()));
        fields.add(field("consent", FieldType.CONSENT, true));
        return fields;
    }

    /** Answers every field of {@link #everyType()} accepts. */
    public static java.util.Map<String, Object> validAnswers() {
        java.util.Map<String, Object> answers = new java.util.LinkedHashMap<>();
        answers.put("name", "鳥取 花子");
        answers.put("kana", "トットリ ハナコ");
        answers.put("household", 3);
        answers.put("birthDate", "1980-05-11");
        answers.put("ward", "国府");
        answers.put("needs", List.of("食料", "薬"));
        answers.put("email", "hanako@example.jp");
        answers.put("phone", "0857-22-8111");
        answers.put("postalCode", "680-8571");
        answers.put("address", "鳥取市尚徳町116");
        answers.put("consent", true);
        return answers;
    }

    /** An open form of the department with the given fields, version 1. */
    public static Form open(String department, List<FormField> fields) {
        return new Form(new FormId(UUID.randomUUID()), 1, FormKind.PROCEDURE, new DepartmentCode(department),
                "自宅療養者支援申請", "Home-care support application", fields, false, null, null, OptionalInt.empty(),
                Optional.empty(), false);
    }

    /** The same form with other settings. */
    public static Form with(Form form, boolean acceptsAnonymous, OptionalInt processingDays,
            Optional<AttachmentLimits> limits) {
        return new Form(form.id(), form.version(), form.kind(), form.department(), form.title(), form.titleEn(),
                form.fields(), acceptsAnonymous, form.opensAt(), form.closesAt(), processingDays, limits,
                form.closed());
    }

    /** Puts the form into the catalogue as the consumer of procedures-service's events would. */
    public static Form publish(FormCatalogue catalogue, Form form) {
        QuarkusTransaction.requiringNew().run(() -> catalogue.publish(form, Instant.now()));
        return form;
    }

    /** Closes the form in the catalogue. */
    public static void close(FormCatalogue catalogue, FormId form) {
        QuarkusTransaction.requiringNew().run(() -> catalogue.close(form, Instant.now()));
    }
}
