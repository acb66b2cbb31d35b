package org.madoguchi.applications.application.port.in;

import java.util.Objects;
import java.util.OptionalLong;

import org.madoguchi.applications.domain.model.Actor;
import org.madoguchi.applications.domain.model.ApplicationId;

/**
 * Withdraw one's own application.
 *
 * @param actor           the applicant
 * @param application     the application
 * @param comment         why, if they say
 * @param expectedVersion the version they read (If-Match), if they sent one
 */
public record WithdrawApplicationCommand(Actor actor, ApplicationId application, String comment,
        OptionalLong expectedVersion) {

    public WithdrawApplicationCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(application, "application");
        expectedVersion = expectedVersion == null ? OptionalLong.empty() : expectedVersion;
    }
}
