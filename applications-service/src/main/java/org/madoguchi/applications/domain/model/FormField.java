package org.madoguchi.applications.domain.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.madoguchi.platform.failure.InvalidInput;

/**
 * A field of a form version, with the rules an answer must keep, as procedures-service published it.
 *
 * @param key       stable key of the answer, e.g. {@code birthDate}
 * @param label     label in Japanese
 * @param labelEn   label in English; {@code null} when not translated
 * @param type      what kind of value it takes
 * @param required  whether an answer is required (for {@link FieldType#CONSENT}: the box must be ticked)
 * @param minLength shortest text; {@code null} for none
 * @param maxLength longest text; {@code null} for none
 * @param pattern   regular expression the whole text must match; {@code null} for none
 * @param choices   the options of a single or multiple choice, in order
 */
public record FormField(String key, String label, String labelEn, FieldType type, boolean required,
        Integer minLength, Integer maxLength, String pattern, List<String> choices) {

    /** Longest answer of any text field when the form sets no limit. */
    public static final int LONGEST_TEXT = 10_000;
    /** Longest email address (RFC 5321 path limit). */
    private static final int LONGEST_EMAIL = 254;
    private static final Pattern EMAIL = Pattern.compile(
            "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");
    /** A Japanese telephone number: 10 or 11 digits starting with 0, or +81 and the number without its 0. */
    private static final Pattern PHONE = Pattern.compile("^(?:0[0-9]{9,10}|\\+81[1-9][0-9]{8,9})$");
    private static final Pattern POSTAL_CODE = Pattern.compile("^([0-9]{3})-?([0-9]{4})$");
    private static final Pattern NUMBER = Pattern.compile("^-?[0-9]{1,15}(?:\\.[0-9]{1,6})?$");
    private static final Pattern LINE_BREAK = Pattern.compile("[\\r\\n]");
    /** The forms' own patterns, compiled once each: a form has few, and answers are checked against them often. */
    private static final Map<String, Pattern> FORM_PATTERNS = new ConcurrentHashMap<>();

    public FormField {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    /** The label in the language asked for, Japanese when there is no English one. */
    public String label(boolean english) {
        return english && labelEn != null ? labelEn : label;
    }

    /**
     * Checks one answer, adding each broken rule to {@code errors} under {@code answers.<key>}, and returns it
     * as it is kept: trimmed, digits of numbers, phone numbers and postal codes in ASCII, postal codes as
     * {@code 680-8571}; {@code null} for no answer.
     */
    Answer check(Answer given, InvalidInput.Collector errors) {
        String path = "answers." + key;
        Answer answer = blankAsAbsent(given);
        if (answer == null || (type == FieldType.CONSENT && answer instanceof Answer.Flag flag && !flag.value())) {
            if (required) {
                errors.add(path, type == FieldType.CONSENT ? "consent-required" : "answer-required");
            }
            return answer;
        }
        return switch (type) {
            case TEXT, LONG_TEXT, ADDRESS -> text(answer, path, errors);
            case NUMBER -> number(answer, path, errors);
            case DATE -> date(answer, path, errors);
            case SINGLE_CHOICE -> singleChoice(answer, path, errors);
            case MULTIPLE_CHOICE -> multipleChoice(answer, path, errors);
            case EMAIL -> email(answer, path, errors);
            case PHONE -> phone(answer, path, errors);
            case POSTAL_CODE -> postalCode(answer, path, errors);
            case CONSENT -> answer instanceof Answer.Flag ? answer : wrongType(path, errors);
            case ATTACHMENT -> attachments(answer, path, errors);
            case MY_NUMBER -> myNumber(answer, path, errors);
        };
    }

    private static Answer blankAsAbsent(Answer answer) {
        if (answer instanceof Answer.Text text && text.value().isBlank()) {
            return null;
        }
        if (answer instanceof Answer.Many many && many.values().isEmpty()) {
            return null;
        }
        return answer;
    }

    private Answer wrongType(String path, InvalidInput.Collector errors) {
        errors.add(path, "answer-type", type.name());
        return null;
    }

    private Answer text(Answer answer, String path, InvalidInput.Collector errors) {
        if (!(answer instanceof Answer.Text text)) {
            return wrongType(path, errors);
        }
        String value = text.value().strip();
        if (type == FieldType.TEXT && LINE_BREAK.matcher(value).find()) {
            errors.add(path, "single-line");
        }
        int length = value.codePointCount(0, value.length());
        int longest = maxLength != null ? maxLength : LONGEST_TEXT;
        if (length > longest) {
            errors.add(path, "too-long", longest);
        } else if (minLength != null && length < minLength) {
            errors.add(path, "too-short", minLength);
        } else if (pattern != null && !FORM_PATTERNS.computeIfAbsent(pattern, Pattern::compile).matcher(value).matches()) {
            errors.add(path, "answer-pattern");
        }
        return new Answer.Text(value);
    }

    private Answer number(Answer answer, String path, InvalidInput.Collector errors) {
        String literal = answer instanceof Answer.Number n ? n.literal()
                : answer instanceof Answer.Text t ? ascii(t.value()).replace(",", "") : null;
        if (literal == null) {
            return wrongType(path, errors);
        }
        if (!NUMBER.matcher(literal).matches()) {
            errors.add(path, "answer-number");
            return null;
        }
        return new Answer.Number(new BigDecimal(literal).toPlainString());
    }

    private Answer date(Answer answer, String path, InvalidInput.Collector errors) {
        if (!(answer instanceof Answer.Text text)) {
            return wrongType(path, errors);
        }
        try {
            return new Answer.Text(LocalDate.parse(ascii(text.value())).toString());
        } catch (DateTimeParseException notADate) {
            errors.add(path, "answer-date");
            return null;
        }
    }

    private Answer singleChoice(Answer answer, String path, InvalidInput.Collector errors) {
        if (!(answer instanceof Answer.Text text)) {
            return wrongType(path, errors);
        }
        if (!choices.contains(text.value())) {
            errors.add(path, "answer-choice");
        }
        return text;
    }

    private Answer multipleChoice(Answer answer, String path, InvalidInput.Collector errors) {
        List<String> picked = answer instanceof Answer.Many many ? many.values()
                : answer instanceof Answer.Text text ? List.of(text.value()) : null;
        if (picked == null) {
            return wrongType(path, errors);
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < picked.size(); i++) {
            if (!choices.contains(picked.get(i))) {
                errors.add(path + "[" + i + "]", "answer-choice");
            } else if (!seen.add(picked.get(i))) {
                errors.add(path + "[" + i + "]", "duplicate-choice");
            }
        }
        return new Answer.Many(picked);
    }

    private Answer email(Answer answer, String path, InvalidInput.Collector errors) {
        if (!(answer instanceof Answer.Text text)) {
            return wrongType(path, errors);
        }
        String value = text.value().strip();
        if (value.length() > LONGEST_EMAIL || !EMAIL.matcher(value).matches()) {
            errors.add(path, "answer-email");
        }
        return new Answer.Text(value);
    }

    private Answer phone(Answer answer, String path, InvalidInput.Collector errors) {
        if (!(answer instanceof Answer.Text text)) {
            return wrongType(path, errors);
        }
        String digits = ascii(text.value()).replaceAll("[\\s\\-()]", "");
        if (!PHONE.matcher(digits).matches()) {
            errors.add(path, "answer-phone");
            return null;
        }
        return new Answer.Text(digits);
    }

    private Answer postalCode(Answer answer, String path, InvalidInput.Collector errors) {
        if (!(answer instanceof Answer.Text text)) {
            return wrongType(path, errors);
        }
        var matcher = POSTAL_CODE.matcher(ascii(text.value()).replace("〒", "").strip());
        if (!matcher.matches()) {
            errors.add(path, "answer-postal-code");
            return null;
        }
        return new Answer.Text(matcher.group(1) + "-" + matcher.group(2));
    }

    private Answer attachments(Answer answer, String path, InvalidInput.Collector errors) {
        List<String> ids = answer instanceof Answer.Many many ? many.values()
                : answer instanceof Answer.Text text ? List.of(text.value()) : null;
        if (ids == null) {
            return wrongType(path, errors);
        }
        return new Answer.Many(ids);
    }

    private Answer myNumber(Answer answer, String path, InvalidInput.Collector errors) {
        if (!(answer instanceof Answer.Text text)) {
            return wrongType(path, errors);
        }
        String digits = ascii(text.value()).replaceAll("[\\s\\-]", "");
        if (!MyNumber.isValid(digits)) {
            errors.add(path, "answer-my-number");
            return null;
        }
        return new Answer.Text(digits);
    }

    /** The text with full-width digits, letters and signs as ASCII (NFKC), trimmed. */
    private static String ascii(String value) {
        return MyNumber.normalize(value).strip();
    }

    /**
     * Whether an individual number typed into this field is refused: in every field but the one declared to
     * collect it, and but attachments (whose answers are file ids the service issued).
     */
    boolean guardsAgainstMyNumber() {
        return type != FieldType.MY_NUMBER && type != FieldType.ATTACHMENT;
    }
}
