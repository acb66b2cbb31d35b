package org.madoguchi.applications.domain.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.madoguchi.platform.failure.InvalidInput;
import org.madoguchi.platform.failure.Violation;

/**
 * A version of a form (様式) as this service knows it from procedures-service's events: what an application
 * answers, and whether it is taking answers. Applications keep the version they answered.
 *
 * @param id                     the form
 * @param version                the version of its definition, from 1
 * @param kind                   what the form is for
 * @param department             the department that owns it and processes its applications
 * @param title                  title in Japanese
 * @param titleEn                title in English, or {@code null}
 * @param fields                 the fields, in order
 * @param acceptsAnonymous       whether anyone may answer without signing in
 * @param opensAt                first instant it takes answers, or {@code null}
 * @param closesAt               instant it stops taking answers, or {@code null}
 * @param standardProcessingDays 標準処理期間 in business days, if the form declares one
 * @param attachmentLimits       the limits of attached files, if the form has attachment fields
 * @param closed                 whether procedures-service closed it (受付終了)
 */
public record Form(FormId id, int version, FormKind kind, DepartmentCode department, String title, String titleEn,
        List<FormField> fields, boolean acceptsAnonymous, Instant opensAt, Instant closesAt,
        OptionalInt standardProcessingDays, Optional<AttachmentLimits> attachmentLimits, boolean closed) {

    public Form {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(title, "title");
        fields = List.copyOf(fields);
        standardProcessingDays = standardProcessingDays == null ? OptionalInt.empty() : standardProcessingDays;
        attachmentLimits = attachmentLimits == null ? Optional.empty() : attachmentLimits;
        if (version < 1) {
            throw new IllegalArgumentException("a form version starts at 1");
        }
    }

    /** The same version, closed. */
    public Form close() {
        return new Form(id, version, kind, department, title, titleEn, fields, acceptsAnonymous, opensAt, closesAt,
                standardProcessingDays, attachmentLimits, true);
    }

    /** Whether it takes answers at that instant: published, not closed, within its opening period. */
    public boolean isAccepting(Instant at) {
        return !closed && (opensAt == null || !at.isBefore(opensAt)) && (closesAt == null || at.isBefore(closesAt));
    }

    /**
     * Throws unless the form takes answers now from this applicant: {@link FormNotAccepting} when it is closed
     * or outside its period, {@link SignInRequired} when an anonymous person answers a form for signed-in citizens.
     */
    public void requireAccepting(Instant at, boolean anonymous) {
        if (!isAccepting(at)) {
            throw new FormNotAccepting(id, closed || (closesAt != null && !at.isBefore(closesAt)));
        }
        if (anonymous && !acceptsAnonymous) {
            throw new SignInRequired();
        }
    }

    /**
     * Checks the answers against every field at once and returns them as kept (see {@link FormField#check}), in the
     * order of the fields.
     *
     * @throws AnswersRejected with one violation per broken rule: a required answer missing, a value of the wrong
     *                         type or format, a choice the field does not offer, a key the form has no field for,
     *                         an individual number (個人番号) in a field not declared to collect it
     */
    /** When an application that arrived on {@code arrived} is due (標準処理期間), if the form declares a period. */
    public Optional<LocalDate> dueDate(BusinessCalendar calendar, LocalDate arrived) {
        return standardProcessingDays.isPresent()
                ? Optional.of(calendar.dueDate(arrived, standardProcessingDays.getAsInt()))
                : Optional.empty();
    }

    public Answers check(Answers given) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        Map<String, Answer> kept = new LinkedHashMap<>();
        Set<String> known = new HashSet<>();
        for (FormField field : fields) {
            known.add(field.key());
            Answer answer = field.check(given.values().get(field.key()), errors);
            if (answer != null && field.guardsAgainstMyNumber() && containsMyNumber(answer)) {
                errors.add("answers." + field.key(), "my-number-not-collected");
            }
            if (answer != null) {
                kept.put(field.key(), answer);
            }
        }
        for (String key : given.values().keySet()) {
            if (!known.contains(key)) {
                errors.add("answers." + key, "unknown-field");
            }
        }
        List<Violation> violations = errors.violations();
        if (!violations.isEmpty()) {
            throw new AnswersRejected(violations);
        }
        return new Answers(kept);
    }

    /** The fields that take attached files. */
    public List<FormField> attachmentFields() {
        return fields.stream().filter(f -> f.type() == FieldType.ATTACHMENT).toList();
    }

    /** The title in the language asked for, Japanese when there is no English one. */
    public String title(boolean english) {
        return english && titleEn != null ? titleEn : title;
    }

    private static boolean containsMyNumber(Answer answer) {
        if (answer instanceof Answer.Text text) {
            return MyNumber.appearsIn(text.value());
        }
        if (answer instanceof Answer.Number number) {
            return MyNumber.appearsIn(number.literal());
        }
        return answer instanceof Answer.Many many && many.values().stream().anyMatch(MyNumber::appearsIn);
    }
}
