package org.madoguchi.applications.application.port.out;

import java.time.LocalDate;
import java.util.Optional;

import org.madoguchi.applications.domain.model.Application;
import org.madoguchi.applications.domain.model.ApplicationId;
import org.madoguchi.applications.domain.model.DepartmentCode;
import org.madoguchi.applications.domain.model.InboxFilter;
import org.madoguchi.applications.domain.model.ReceiptNumber;
import org.madoguchi.applications.domain.model.ResultPage;

/** The applications with their answers and history. */
public interface Applications {

    /** Stores a new application. */
    void add(Application application);

    /**
     * Reads an application and holds it until this transaction ends, so that a concurrent change waits and then
     * reads what this one stored: what a change is checked against is what it replaces.
     */
    Optional<Application> lock(ApplicationId id);

    /** Stores a change of an application read with {@link #lock}, with its new steps. */
    void update(Application changed);

    Optional<Application> find(ApplicationId id);

    Optional<Application> findByReceiptNumber(ReceiptNumber number);

    /**
     * The department's applications that pass the filter, due first (those without a due date last), then oldest
     * first. {@code today} and {@code soonUntil} decide what is overdue and what is due soon.
     */
    ResultPage<Application> inbox(DepartmentCode department, InboxFilter filter, LocalDate today, LocalDate soonUntil,
            int page, int size);

    /** A citizen's own applications, newest first. */
    ResultPage<Application> ofApplicant(String subject, int page, int size);
}
