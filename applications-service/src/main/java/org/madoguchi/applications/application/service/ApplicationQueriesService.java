package org.madoguchi.applications.application.service;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.applications.application.port.in.ApplicationQueries;
import org.madoguchi.applications.application.port.in.InboxQuery;
import org.madoguchi.applications.application.port.out.Applications;
import org.madoguchi.applications.application.port.out.Holidays;
import org.madoguchi.applications.domain.model.Actor;
import org.madoguchi.applications.domain.model.Application;
import org.madoguchi.applications.domain.model.ApplicationId;
import org.madoguchi.applications.domain.model.ApplicationNotFound;
import org.madoguchi.applications.domain.model.ApplicationsPolicy;
import org.madoguchi.applications.domain.model.LookupCode;
import org.madoguchi.applications.domain.model.NotPermitted;
import org.madoguchi.applications.domain.model.ReceiptNumber;
import org.madoguchi.applications.domain.model.ResultPage;
import org.madoguchi.applications.domain.model.StatusLookup;

/** Reads applications for the people allowed to read them. */
@ApplicationScoped
class ApplicationQueriesService implements ApplicationQueries {

    private static final int LARGEST_PAGE = 200;

    private final Applications applications;
    private final Holidays holidays;
    private final ApplicationsPolicy policy;
    private final Clock clock;

    ApplicationQueriesService(Applications applications, Holidays holidays, ApplicationsPolicy policy, Clock clock) {
        this.applications = applications;
        this.holidays = holidays;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Application application(Actor actor, ApplicationId id) {
        Application application = applications.find(id).orElseThrow(ApplicationNotFound::new);
        actor.requireMayRead(application);
        return application;
    }

    @Override
    @Transactional
    public ResultPage<Application> inbox(InboxQuery query) {
        var department = query.actor().requireDepartmentStaff();
        LocalDate today = LocalDate.now(clock);
        LocalDate soonUntil = holidays.calendar().dueDate(today, policy.dueSoonBusinessDays());
        return applications.inbox(department, query.filter(), today, soonUntil, query.page(), query.size());
    }

    @Override
    @Transactional
    public ResultPage<Application> mine(Actor actor, int page, int size) {
        if (actor.isAnonymous()) {
            throw new NotPermitted();
        }
        return applications.ofApplicant(actor.subject(), Math.max(page, 0), Math.min(Math.max(size, 1), LARGEST_PAGE));
    }

    @Override
    @Transactional
    public StatusLookup lookup(ReceiptNumber receiptNumber, LookupCode code) {
        return applications.findByReceiptNumber(receiptNumber)
                .filter(a -> a.applicant().lookupCodeDigest().map(d -> d.matches(code)).orElse(false))
                .map(StatusLookup::of)
                .orElseThrow(ApplicationNotFound::new);
    }

    @Override
    public boolean isOverdue(Application application) {
        return application.isOverdue(LocalDate.now(clock));
    }
}
