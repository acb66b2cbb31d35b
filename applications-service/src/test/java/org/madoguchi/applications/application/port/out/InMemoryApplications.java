package org.madoguchi.applications.application.port.out;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.madoguchi.applications.domain.model.Application;
import org.madoguchi.applications.domain.model.ApplicationId;
import org.madoguchi.applications.domain.model.DepartmentCode;
import org.madoguchi.applications.domain.model.InboxFilter;
import org.madoguchi.applications.domain.model.ReceiptNumber;
import org.madoguchi.applications.domain.model.ResultPage;

/**
 * {@link Applications} in memory, held to {@link ApplicationsContract} like the PostgreSQL adapter; it counts the
 * days of the inbox's date range in the city's zone as the adapter does. Locks hold nothing: the use-case tests run
 * on one thread.
 */
public final class InMemoryApplications implements Applications {

    /** Due first, those without a due date last, then oldest first; ties by id as PostgreSQL orders uuids. */
    private static final Comparator<Application> INBOX_ORDER = Comparator
            .comparing((Application a) -> a.dueDate().orElse(null), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Application::submittedAt)
            .thenComparing(a -> a.id().value().toString());
    private static final Comparator<Application> NEWEST_FIRST = Comparator.comparing(Application::submittedAt)
            .thenComparing(a -> a.id().value().toString()).reversed();

    private final Map<ApplicationId, Application> byId = new LinkedHashMap<>();
    private final ZoneId zone;

    public InMemoryApplications(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public synchronized void add(Application application) {
        if (byId.containsKey(application.id())
                || byId.values().stream().anyMatch(a -> a.receiptNumber().equals(application.receiptNumber()))) {
            throw new IllegalStateException("application " + application.id() + " or its receipt number is stored");
        }
        byId.put(application.id(), application);
    }

    @Override
    public synchronized Optional<Application> lock(ApplicationId id) {
        return find(id);
    }

    @Override
    public synchronized void update(Application changed) {
        if (!byId.containsKey(changed.id())) {
            throw new IllegalStateException("application " + changed.id() + " is not stored");
        }
        byId.put(changed.id(), changed);
    }

    @Override
    public synchronized Optional<Application> find(ApplicationId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized Optional<Application> findByReceiptNumber(ReceiptNumber number) {
        return byId.values().stream().filter(a -> a.receiptNumber().equals(number)).findFirst();
    }

    @Override
    public synchronized ResultPage<Application> inbox(DepartmentCode department, InboxFilter filter, LocalDate today,
            LocalDate soonUntil, int page, int size) {
        Predicate<Application> passes = a -> a.form().department().equals(department);
        passes = passes.and(a -> filter.form().map(a.form().id()::equals).orElse(true));
        passes = passes.and(a -> filter.statuses().isEmpty() || filter.statuses().contains(a.status()));
        passes = passes.and(a -> filter.submittedFrom().map(from -> !day(a).isBefore(from)).orElse(true));
        passes = passes.and(a -> filter.submittedTo().map(to -> !day(a).isAfter(to)).orElse(true));
        passes = passes.and(a -> filter.receiptNumber().map(a.receiptNumber()::equals).orElse(true));
        passes = passes.and(a -> filter.due().map(due -> isDue(a, due, today, soonUntil)).orElse(true));
        return page(byId.values().stream().filter(passes).sorted(INBOX_ORDER).toList(), page, size);
    }

    @Override
    public synchronized ResultPage<Application> ofApplicant(String subject, int page, int size) {
        return page(byId.values().stream().filter(a -> a.applicant().is(subject)).sorted(NEWEST_FIRST).toList(), page,
                size);
    }

    private LocalDate day(Application application) {
        return LocalDate.ofInstant(application.submittedAt(), zone);
    }

    private static boolean isDue(Application application, InboxFilter.Due due, LocalDate today, LocalDate soonUntil) {
        if (!application.status().isWithDepartment() || application.dueDate().isEmpty()) {
            return false;
        }
        LocalDate date = application.dueDate().get();
        return due == InboxFilter.Due.OVERDUE ? date.isBefore(today)
                : !date.isBefore(today) && !date.isAfter(soonUntil);
    }

    private static ResultPage<Application> page(List<Application> matching, int page, int size) {
        int from = (int) Math.min(matching.size(), (long) page * size);
        return new ResultPage<>(matching.subList(from, Math.min(matching.size(), from + size)), page, size,
                matching.size());
    }
}
