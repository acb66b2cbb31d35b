package org.madoguchi.applications.application.port.in;

import java.util.Objects;
import java.util.OptionalLong;

import org.madoguchi.applications.domain.model.Actor;
import org.madoguchi.applications.domain.model.Answers;
import org.madoguchi.applications.domain.model.ApplicationId;

/**
 * Send corrected answers to a returned application.
 *
 * @param actor           the applicant
 * @param application     the application returned for correction
 * @param answers         the corrected answers, all of them
 * @param comment         a note to the department, if any
 * @param expectedVersion the version they read (If-Match), if they sent one
 */
public record ResubmitApplicationCommand(Actor actor, ApplicationId application, Answers answers, String comment,
        OptionalLong expectedVersion) {

    public ResubmitApplicationCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(answers, "answers");
        expectedVersion = expectedVersion == null ? OptionalLong.empty() : expectedVersion;
    }
}
