package org.madoguchi.applications.adapter.out.persistence;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;

import org.madoguchi.applications.application.port.out.Applications;
import org.madoguchi.applications.config.ApplicationsConfig;
import org.madoguchi.applications.domain.model.Action;
import org.madoguchi.applications.domain.model.Applicant;
import org.madoguchi.applications.domain.model.Application;
import org.madoguchi.applications.domain.model.ApplicationId;
import org.madoguchi.applications.domain.model.ApplicationStatus;
import org.madoguchi.applications.domain.model.AnsweredForm;
import org.madoguchi.applications.domain.model.DepartmentCode;
import org.madoguchi.applications.domain.model.FormId;
import org.madoguchi.applications.domain.model.InboxFilter;
import org.madoguchi.applications.domain.model.LookupCode;
import org.madoguchi.applications.domain.model.ReceiptNumber;
import org.madoguchi.applications.domain.model.ResultPage;
import org.madoguchi.applications.domain.model.StatusChange;
import org.madoguchi.platform.calendar.FiscalYear;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Applications in {@code application}, their history in {@code application_step}. */
@ApplicationScoped
class ApplicationPersistenceAdapter implements Applications {

    private static final List<String> WITH_DEPARTMENT = List.of(ApplicationStatus.SUBMITTED.name(),
            ApplicationStatus.RECEIVED.name(), ApplicationStatus.UNDER_REVIEW.name());

    private final EntityManager em;
    private final ObjectMapper json;
    private final ZoneId zone;

    ApplicationPersistenceAdapter(EntityManager em, ObjectMapper json, ApplicationsConfig config) {
        this.em = em;
        this.json = json;
        this.zone = config.timeZone();
    }

    @Override
    public void add(Application application) {
        ApplicationEntity row = new ApplicationEntity();
        row.id = application.id().value();
        row.fiscalYear = application.receiptNumber().fiscalYear().startYear();
        row.receiptSequence = application.receiptNumber().sequence();
        row.receiptNumber = application.receiptNumber().toString();
        row.applicantSubject = application.applicant().subject().orElse(null);
        row.lookupCodeDigest = application.applicant().lookupCodeDigest().map(LookupCode.Digest::bytes).orElse(null);
        row.submittedAt = application.submittedAt();
        copy(application, row);
        em.persist(row);
        addSteps(application, 0);
    }

    @Override
    public Optional<Application> lock(ApplicationId id) {
        return Optional.ofNullable(em.find(ApplicationEntity.class, id.value(), LockModeType.PESSIMISTIC_WRITE))
                .map(this::toDomain);
    }

    @Override
    public void update(Application changed) {
        ApplicationEntity row = em.find(ApplicationEntity.class, changed.id().value());
        if (row == null) {
            throw new IllegalStateException("application " + changed.id() + " is not stored");
        }
        int stored = (int) ApplicationStepEntity.count("applicationId", row.id);
        copy(changed, row);
        addSteps(changed, stored);
    }

    @Override
    public Optional<Application> find(ApplicationId id) {
        return Optional.ofNullable(em.find(ApplicationEntity.class, id.value())).map(this::toDomain);
    }

    @Override
    public Optional<Application> findByReceiptNumber(ReceiptNumber number) {
        return ApplicationEntity.<ApplicationEntity>find("receiptNumber", number.toString()).firstResultOptional()
                .map(this::toDomain);
    }

    @Override
    public ResultPage<Application> inbox(DepartmentCode department, InboxFilter filter, LocalDate today,
            LocalDate soonUntil, int page, int size) {
        StringBuilder where = new StringBuilder(" where a.departmentCode = :department");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("department", department.value());
        filter.form().ifPresent(form -> {
            where.append(" and a.formId = :form");
            parameters.put("form", form.value());
        });
        if (!filter.statuses().isEmpty()) {
            where.append(" and a.status in :statuses");
            parameters.put("statuses", filter.statuses().stream().map(Enum::name).toList());
        }
        filter.submittedFrom().ifPresent(from -> {
            where.append(" and a.submittedAt >= :from");
            parameters.put("from", from.atStartOfDay(zone).toInstant());
        });
        filter.submittedTo().ifPresent(to -> {
            where.append(" and a.submittedAt < :to");
            parameters.put("to", to.plusDays(1).atTime(LocalTime.MIDNIGHT).atZone(zone).toInstant());
        });
        filter.receiptNumber().ifPresent(number -> {
            where.append(" and a.receiptNumber = :receipt");
            parameters.put("receipt", number.toString());
        });
        filter.due().ifPresent(due -> {
            where.append(" and a.status in :open and a.dueDate is not null");
            parameters.put("open", WITH_DEPARTMENT);
            if (due == InboxFilter.Due.OVERDUE) {
                where.append(" and a.dueDate < :today");
                parameters.put("today", today);
            } else {
                where.append(" and a.dueDate >= :today and a.dueDate <= :soon");
                parameters.put("today", today);
                parameters.put("soon", soonUntil);
            }
        });
        TypedQuery<Long> count = em.createQuery("select count(a) from ApplicationEntity a" + where, Long.class);
        TypedQuery<ApplicationEntity> rows = em.createQuery("select a from ApplicationEntity a" + where
                + " order by a.dueDate asc nulls last, a.submittedAt asc, a.id asc", ApplicationEntity.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            rows.setParameter(name, value);
        });
        List<Application> items = rows.setFirstResult(page * size).setMaxResults(size).getResultList().stream()
                .map(this::toDomain).toList();
        return new ResultPage<>(items, page, size, count.getSingleResult());
    }

    @Override
    public ResultPage<Application> ofApplicant(String subject, int page, int size) {
        long total = ApplicationEntity.count("applicantSubject", subject);
        List<Application> items = em.createQuery("select a from ApplicationEntity a where a.applicantSubject = :subject"
                        + " order by a.submittedAt desc, a.id desc", ApplicationEntity.class)
                .setParameter("subject", subject).setFirstResult(page * size).setMaxResults(size).getResultList()
                .stream().map(this::toDomain).toList();
        return new ResultPage<>(items, page, size, total);
    }

    private void copy(Application application, ApplicationEntity row) {
        row.formId = application.form().id().value();
        row.formVersion = application.form().version();
        row.departmentCode = application.form().department().value();
        row.formTitle = application.form().title();
        row.formTitleEn = application.form().titleEn();
        row.answers = StoredAnswers.write(json, application.answers());
        row.status = application.status().name();
        row.dueDate = application.dueDate().orElse(null);
        row.version = application.version();
        row.updatedAt = application.lastChange().at();
    }

    private void addSteps(Application application, int alreadyStored) {
        List<StatusChange> history = application.history();
        for (int i = alreadyStored; i < history.size(); i++) {
            StatusChange change = history.get(i);
            ApplicationStepEntity step = new ApplicationStepEntity();
            step.applicationId = application.id().value();
            step.step = i + 1;
            step.action = change.action() == null ? null : change.action().name();
            step.fromStatus = change.from() == null ? null : change.from().name();
            step.toStatus = change.to().name();
            step.actorSubject = change.by();
            step.at = change.at();
            step.comment = change.comment();
            em.persist(step);
        }
    }

    private Application toDomain(ApplicationEntity row) {
        List<StatusChange> history = new ArrayList<>();
        ApplicationStepEntity.<ApplicationStepEntity>list("applicationId = ?1 order by step", row.id)
                .forEach(step -> history.add(new StatusChange(
                        step.action == null ? null : Action.valueOf(step.action),
                        step.fromStatus == null ? null : ApplicationStatus.valueOf(step.fromStatus),
                        ApplicationStatus.valueOf(step.toStatus), step.actorSubject, step.at, step.comment)));
        Applicant applicant = row.applicantSubject != null ? Applicant.citizen(row.applicantSubject)
                : Applicant.anonymous(new LookupCode.Digest(row.lookupCodeDigest));
        return new Application(new ApplicationId(row.id),
                new ReceiptNumber(FiscalYear.of(row.fiscalYear), row.receiptSequence),
                new AnsweredForm(new FormId(row.formId), row.formVersion, new DepartmentCode(row.departmentCode),
                        row.formTitle, row.formTitleEn),
                applicant, StoredAnswers.read(json, row.answers), ApplicationStatus.valueOf(row.status),
                row.submittedAt, Optional.ofNullable(row.dueDate), row.version, history);
    }

}
