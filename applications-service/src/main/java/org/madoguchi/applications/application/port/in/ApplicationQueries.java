package org.madoguchi.applications.application.port.in;

import org.madoguchi.applications.domain.model.Actor;
import org.madoguchi.applications.domain.model.Application;
import org.madoguchi.applications.domain.model.ApplicationId;
import org.madoguchi.applications.domain.model.LookupCode;
import org.madoguchi.applications.domain.model.ReceiptNumber;
import org.madoguchi.applications.domain.model.ResultPage;
import org.madoguchi.applications.domain.model.StatusLookup;

/**
 * What people read of applications: staff their department's inbox, applicants their own, anonymous applicants
 * only the status, with the receipt number and the lookup code.
 */
public interface ApplicationQueries {

    /** One application with its answers and history, for its applicant or staff of its department. */
    Application application(Actor actor, ApplicationId id);

    /** The department's inbox: due first, then oldest first. */
    ResultPage<Application> inbox(InboxQuery query);

    /** The caller's own applications, newest first. */
    ResultPage<Application> mine(Actor actor, int page, int size);

    /** The status of an anonymous application; the same "not found" for a wrong number as for a wrong code. */
    StatusLookup lookup(ReceiptNumber receiptNumber, LookupCode code);

    /** Whether an application's due date has passed, today in the city. */
    boolean isOverdue(Application application);
}
