package org.madoguchi.applications.application.port.out;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import org.madoguchi.applications.domain.model.Actor;
import org.madoguchi.applications.domain.model.Answer;
import org.madoguchi.applications.domain.model.Answers;
import org.madoguchi.applications.domain.model.Applicant;
import org.madoguchi.applications.domain.model.Application;
import org.madoguchi.applications.domain.model.ApplicationId;
import org.madoguchi.applications.domain.model.ApplicationStatus;
import org.madoguchi.applications.domain.model.AnsweredForm;
import org.madoguchi.applications.domain.model.AttachmentLimits;
import org.madoguchi.applications.domain.model.DepartmentCode;
import org.madoguchi.applications.domain.model.FieldType;
import org.madoguchi.applications.domain.model.Form;
import org.madoguchi.applications.domain.model.FormField;
import org.madoguchi.applications.domain.model.FormId;
import org.madoguchi.applications.domain.model.FormKind;
import org.madoguchi.applications.domain.model.ReceiptNumber;
import org.madoguchi.applications.domain.model.StatusChange;
import org.madoguchi.platform.calendar.FiscalYear;

/**
 * The forms, people and applications the domain, contract and use-case tests share: a childcare allowance form of
 * 子育て支援課 with a five-day processing period, an event survey anyone may answer, citizens, staff, answers.
 */
public final class ApplicationExamples {

    /** The city's zone. */
    public static final ZoneId CITY = ZoneId.of("Asia/Tokyo");
    /** 子育て支援課, which owns the examples' forms. */
    public static final DepartmentCode KOSODATE = new DepartmentCode("kosodate-shien");
    /** 税務課, another department. */
    public static final DepartmentCode ZEIMU = new DepartmentCode("zeimu");
    /** Tuesday 28 April 2026, 10:00 in the city: the day before 昭和の日 and Golden Week. */
    public static final Instant AT = Instant.parse("2026-04-28T01:00:00Z");
    /** The day of {@link #AT} in the city. */
    public static final LocalDate TODAY = LocalDate.of(2026, 4, 28);
    /** The due date of a five-business-day period from {@link #TODAY}: 4/29 and 5/3–5/6 are holidays. */
    public static final LocalDate DUE = LocalDate.of(2026, 5, 11);

    private ApplicationExamples() {
    }

    /** A field without limits, pattern or choices. */
    public static FormField field(String key, FieldType type, boolean required) {
        return new FormField(key, key + "の項目", key, type, required, null, null, null, List.of());
    }

    /** 児童手当認定請求: a procedure form for signed-in citizens with a five-day standard processing period. */
    public static Form allowanceForm(DepartmentCode department) {
        return allowanceForm(new FormId(UUID.randomUUID()), 1, department);
    }

    public static Form allowanceForm(FormId id, int version, DepartmentCode department) {
        return new Form(id, version, FormKind.PROCEDURE, department, "児童手当認定請求", "Child allowance claim",
                List.of(new FormField("name", "氏名", "Name", FieldType.TEXT, true, null, 50, null, List.of()),
                        new FormField("birthDate", "生年月日", "Date of birth", FieldType.DATE, true, null, null, null,
                                List.of()),
                        new FormField("email", "メールアドレス", "Email", FieldType.EMAIL, false, null, null, null,
                                List.of()),
                        new FormField("postalCode", "郵便番号", "Postal code", FieldType.POSTAL_CODE, false, null, null,
                                null, List.of()),
                        new FormField("receiveBy", "受取方法", "Receive by", FieldType.SINGLE_CHOICE, true, null, null,
                                null, List.of("窓口", "郵送")),
                        new FormField("consent", "同意", "Consent", FieldType.CONSENT, true, null, null, null,
                                List.of())),
                false, null, null, OptionalInt.of(5), Optional.empty(), false);
    }

    /** Answers that pass {@link #allowanceForm}, as an applicant might type them. */
    public static Answers allowanceAnswers() {
        Map<String, Answer> values = new LinkedHashMap<>();
        values.put("name", new Answer.Text("  鳥取 花子 "));
        values.put("birthDate", new Answer.Text("２０１８－０６－０１"));
        values.put("email", new Answer.Text("hanako@example.jp"));
        values.put("postalCode", new Answer.Text("〒６８０８５７１"));
        values.put("receiveBy", new Answer.Text("郵送"));
        values.put("consent", new Answer.Flag(true));
        return new Answers(values);
    }

    /** イベント参加アンケート: a survey anyone may answer, without a processing period. */
    public static Form survey(DepartmentCode department) {
        return new Form(new FormId(UUID.randomUUID()), 1, FormKind.SURVEY, department, "イベント参加アンケート", null,
                List.of(new FormField("rating", "満足度", "Rating", FieldType.NUMBER, true, null, null, null, List.of()),
                        new FormField("comment", "ご意見", "Comments", FieldType.LONG_TEXT, false, null, 400, null,
                                List.of())),
                true, null, null, OptionalInt.empty(), Optional.empty(), false);
    }

    public static Answers surveyAnswers() {
        return answers("rating", new Answer.Number("5"), "comment", new Answer.Text("また参加したいです。"));
    }

    /** A form with every field type and every limit, to read back whole. */
    public static Form everyFieldForm(DepartmentCode department) {
        return new Form(new FormId(UUID.randomUUID()), 1, FormKind.EVENT, department, "全項目の様式", "Every field",
                List.of(new FormField("name", "氏名", null, FieldType.TEXT, true, 2, 20, "[^0-9]+", List.of()),
                        new FormField("note", "備考", "Note", FieldType.LONG_TEXT, false, null, 400, null, List.of()),
                        new FormField("count", "人数", "People", FieldType.NUMBER, true, null, null, null, List.of()),
                        new FormField("day", "参加日", "Day", FieldType.DATE, true, null, null, null, List.of()),
                        new FormField("site", "会場", "Site", FieldType.SINGLE_CHOICE, true, null, null, null,
                                List.of("本庁舎", "駅南庁舎")),
                        new FormField("meals", "食事", "Meals", FieldType.MULTIPLE_CHOICE, false, null, null, null,
                                List.of("昼食", "夕食")),
                        new FormField("email", "メール", "Email", FieldType.EMAIL, false, null, null, null, List.of()),
                        new FormField("phone", "電話", "Phone", FieldType.PHONE, false, null, null, null, List.of()),
                        new FormField("postalCode", "郵便番号", "Postal code", FieldType.POSTAL_CODE, false, null, null,
                                null, List.of()),
                        new FormField("address", "住所", "Address", FieldType.ADDRESS, false, null, null, null,
                                List.of()),
                        new FormField("consent", "同意", "Consent", FieldType.CONSENT, true, null, null, null,
                                List.of()),
                        new FormField("files", "添付", "Files", FieldType.ATTACHMENT, false, null, null, null,
                                List.of()),
                        new FormField("myNumber", "個人番号", "My Number", FieldType.MY_NUMBER, false, null, null, null,
                                List.of())),
                true, Instant.parse("2026-04-01T00:00:00Z"), Instant.parse("2027-03-31T15:00:00Z"), OptionalInt.of(10),
                Optional.of(new AttachmentLimits(10_485_760L, 3)), false);
    }

    /** Answers by key, in the order given: key, answer, key, answer… */
    public static Answers answers(Object... keysAndAnswers) {
        Map<String, Answer> values = new LinkedHashMap<>();
        for (int i = 0; i < keysAndAnswers.length; i += 2) {
            values.put((String) keysAndAnswers[i], (Answer) keysAndAnswers[i + 1]);
        }
        return new Answers(values);
    }

    /** A signed-in citizen. */
    public static Actor citizen(String subject) {
        return new Actor(subject, Optional.empty(), false, false);
    }

    /** A member of staff of the department. */
    public static Actor staffOf(DepartmentCode department, String subject) {
        return new Actor(subject, Optional.of(department), true, false);
    }

    /** A subject no other test uses. */
    public static String uniqueSubject(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    /** A department code no other test uses, for the listings of a shared database. */
    public static DepartmentCode uniqueDepartment() {
        return new DepartmentCode("contract-" + UUID.randomUUID().toString().substring(0, 8));
    }

    /** A receipt number of FY2089 that no other test takes (the receipt sequences never reach it). */
    public static ReceiptNumber unusedReceiptNumber() {
        return new ReceiptNumber(FiscalYear.of(2089), 1 + (long) (Math.random() * 999_999_999L));
    }

    /** A citizen's application of the form, submitted at {@code at} with the answers as kept. */
    public static Application submitted(Form form, Applicant applicant, Answers kept, Instant at,
            Optional<LocalDate> due) {
        return Application.submit(ApplicationId.random(), unusedReceiptNumber(), form, applicant, kept, at, due);
    }

    /** An application that stands in {@code status}, with a history that says so (the steps need not be real). */
    public static Application inStatus(Form form, Applicant applicant, ApplicationStatus status, Instant at,
            Optional<LocalDate> due) {
        Application submitted = Application.submit(ApplicationId.random(), unusedReceiptNumber(), form, applicant,
                form.check(defaultAnswers(form)), at, due);
        if (status == ApplicationStatus.SUBMITTED) {
            return submitted;
        }
        StatusChange step = new StatusChange(null, ApplicationStatus.SUBMITTED, status, "staff-earlier",
                at.plusSeconds(60), null);
        return new Application(submitted.id(), submitted.receiptNumber(), AnsweredForm.of(form), applicant,
                submitted.answers(), status, at, due, 2, List.of(submitted.history().get(0), step));
    }

    /** Answers that pass the examples' forms. */
    public static Answers defaultAnswers(Form form) {
        if (form.fields().stream().anyMatch(f -> f.key().equals("rating"))) {
            return surveyAnswers();
        }
        return allowanceAnswers();
    }
}
