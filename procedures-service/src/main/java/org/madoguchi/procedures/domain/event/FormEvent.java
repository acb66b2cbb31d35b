package org.madoguchi.procedures.domain.event;

import java.time.Instant;
import java.util.Objects;

import org.madoguchi.procedures.domain.model.Author;
import org.madoguchi.procedures.domain.model.Form;

/** What happened to a form, as the e-application context needs to know it. */
public sealed interface FormEvent {

    /** The form as it is after the event. */
    Form form();

    Author by();

    Instant at();

    /** A version of the form became the one citizens answer: first publication, re-publication, or an edit of a published form. */
    record FormPublished(Form form, Author by, Instant at) implements FormEvent {

        public FormPublished {
            Objects.requireNonNull(form, "form");
        }
    }

    /** The form stopped taking answers. */
    record FormClosed(Form form, Author by, Instant at) implements FormEvent {

        public FormClosed {
            Objects.requireNonNull(form, "form");
        }
    }
}
