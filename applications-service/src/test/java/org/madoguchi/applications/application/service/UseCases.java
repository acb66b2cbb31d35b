package org.madoguchi.applications.application.service;

import static org.madoguchi.applications.application.port.out.ApplicationExamples.AT;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.CITY;

import java.time.Duration;
import java.util.function.Supplier;

import org.madoguchi.applications.application.port.out.InMemoryAttachments;
import org.madoguchi.applications.domain.model.AttachmentLimits;
import org.madoguchi.applications.domain.model.AttachmentPolicy;
import org.madoguchi.applications.application.port.out.InMemoryApplications;
import org.madoguchi.applications.application.port.out.InMemoryFormCatalogue;
import org.madoguchi.applications.application.port.out.InMemoryHolidays;
import org.madoguchi.applications.application.port.out.InMemoryIdempotencyKeys;
import org.madoguchi.applications.application.port.out.InMemoryProcessedEvents;
import org.madoguchi.applications.application.port.out.InMemoryReceiptNumbers;
import org.madoguchi.applications.application.port.out.RecordingApplicationEvents;
import org.madoguchi.applications.domain.model.ApplicationsPolicy;

/**
 * The use cases wired to in-memory fakes of every out-port, fresh for each test, with a clock the test moves: the
 * city's settings are the configured defaults (keys kept 24 h, held 30 s while in flight, due soon within 3 business
 * days).
 */
final class UseCases {

    final InMemoryFormCatalogue catalogue = new InMemoryFormCatalogue();
    final InMemoryApplications applications = new InMemoryApplications(CITY);
    final InMemoryReceiptNumbers receiptNumbers = new InMemoryReceiptNumbers();
    final InMemoryHolidays holidays = new InMemoryHolidays();
    final InMemoryIdempotencyKeys keys = new InMemoryIdempotencyKeys();
    final InMemoryProcessedEvents processed = new InMemoryProcessedEvents();
    final RecordingApplicationEvents events = new RecordingApplicationEvents();
    final ApplicationsPolicy policy = new ApplicationsPolicy(Duration.ofHours(24), Duration.ofSeconds(30), 3);
    final MovableClock clock = new MovableClock(AT, CITY);
    final InMemoryAttachments attachments = new InMemoryAttachments();
    final ClaimAttachments claims = new ClaimAttachments(attachments, new AttachmentPolicy(Duration.ofHours(24),
            new AttachmentLimits(10_485_760, 10), Duration.ofMinutes(5)), clock);

    /** Submission without a transaction manager: each unit of work runs as it is. */
    final SubmitApplicationService submit = new SubmitApplicationService(catalogue, applications, receiptNumbers,
            holidays, keys, events, policy, clock, claims) {
        @Override
        <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    };
    final ProcessApplicationService process = new ProcessApplicationService(applications, events, clock);
    final WithdrawApplicationService withdraw = new WithdrawApplicationService(applications, events, clock);
    final ResubmitApplicationService resubmit = new ResubmitApplicationService(applications, catalogue, holidays,
            events, clock, claims);
    final ApplicationQueriesService queries = new ApplicationQueriesService(applications, holidays, policy, clock);
    final RecordPublishedFormService recordPublished = new RecordPublishedFormService(catalogue, processed);
    final RecordClosedFormService recordClosed = new RecordClosedFormService(catalogue, processed);
    final PurgeExpiredKeysService purge = new PurgeExpiredKeysService(keys, clock);
}
