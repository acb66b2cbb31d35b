package org.madoguchi.applications.application.port.out;

import java.time.Instant;
import java.util.Optional;

import org.madoguchi.applications.domain.model.Form;
import org.madoguchi.applications.domain.model.FormId;

/**
 * The forms this service knows from procedures-service's events: every version ever published (applications
 * refer to them) and, per form, the version citizens answer now and whether it is closed.
 */
public interface FormCatalogue {

    /**
     * Keeps a published version and makes it the current one of its form, open again if it was closed; unless the
     * form's state was last set by something later than {@code at} (a replayed older event then only keeps the version).
     */
    void publish(Form version, Instant at);

    /**
     * Marks the form closed (受付終了) as of {@code at}; its versions stay readable. Unknown forms, and a form
     * published again after {@code at}, are left as they are.
     */
    void close(FormId form, Instant at);

    /** The version citizens answer now, with whether the form is closed. */
    Optional<Form> current(FormId form);

    /** One version as it was published. */
    Optional<Form> version(FormId form, int version);

    /** How many forms the catalogue knows, open or closed. */
    long count();
}
