package org.madoguchi.applications.domain.event;

import java.time.Instant;

import org.madoguchi.applications.domain.model.Application;
import org.madoguchi.applications.domain.model.StatusChange;

/**
 * What happened to an application, as other contexts learn it. The events carry the application as it is
 * after the change; what of it leaves this service (ids, receipt number, form, department, the applicant's
 * account subject, never answers) is decided where events are written.
 */
public sealed interface ApplicationEvent {

    Application application();

    Instant at();

    /** 申請: an application was submitted and got its receipt number. */
    record ApplicationSubmitted(Application application) implements ApplicationEvent {
        @Override
        public Instant at() {
            return application.submittedAt();
        }
    }

    /** The department moved it on, or the applicant resubmitted it after correction. */
    record ApplicationStatusChanged(Application application, StatusChange change) implements ApplicationEvent {
        @Override
        public Instant at() {
            return change.at();
        }
    }

    /** 取下げ: the applicant withdrew it. */
    record ApplicationWithdrawn(Application application, StatusChange change) implements ApplicationEvent {
        @Override
        public Instant at() {
            return change.at();
        }
    }
}
