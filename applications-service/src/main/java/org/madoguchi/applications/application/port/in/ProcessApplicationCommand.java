package org.madoguchi.applications.application.port.in;

import java.util.Objects;

import org.madoguchi.applications.domain.model.Action;
import org.madoguchi.applications.domain.model.Actor;
import org.madoguchi.applications.domain.model.ApplicationId;
import org.madoguchi.platform.failure.InvalidInput;

/**
 * A step of the department's workflow on one application.
 *
 * @param actor           the member of staff
 * @param application     the application
 * @param action          receive, start review, complete, reject or return for correction
 * @param comment         what they write; required to reject or return
 * @param expectedVersion the version they read (If-Match)
 */
public record ProcessApplicationCommand(Actor actor, ApplicationId application, Action action, String comment,
        long expectedVersion) {

    public ProcessApplicationCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(application, "application");
        if (action == null) {
            throw InvalidInput.of("action", "not-blank");
        }
        if (action.by() != Action.By.DEPARTMENT) {
            throw InvalidInput.of("action", "not-a-department-action", action.name());
        }
    }
}
