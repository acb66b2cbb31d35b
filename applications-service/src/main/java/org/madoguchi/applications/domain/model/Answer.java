package org.madoguchi.applications.domain.model;

import java.util.List;
import java.util.Objects;

/**
 * One answer of an application as the applicant sent it, by the shape of its value; the form's field
 * decides whether the shape fits ({@link FormField#check}).
 */
public sealed interface Answer {

    /** A text (also a date, an email address, a chosen option). */
    record Text(String value) implements Answer {
        public Text {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A number as written, e.g. {@code 3} or {@code 2.5}. */
    record Number(String literal) implements Answer {
        public Number {
            Objects.requireNonNull(literal, "literal");
        }
    }

    /** A ticked or unticked box. */
    record Flag(boolean value) implements Answer {
    }

    /** Several texts: the options of a multiple choice, the ids of attached files. */
    record Many(List<String> values) implements Answer {
        public Many {
            values = List.copyOf(values);
        }
    }

    /** A value no field takes (an object, a nested list); refused with the field's expected type. */
    record Unreadable() implements Answer {
    }
}
