package org.madoguchi.applications.application.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.madoguchi.applications.application.port.in.SubmitApplicationCommand;
import org.madoguchi.applications.application.port.in.SubmitApplicationUseCase;
import org.madoguchi.applications.application.port.out.ApplicationEvents;
import org.madoguchi.applications.application.port.out.Applications;
import org.madoguchi.applications.application.port.out.FormCatalogue;
import org.madoguchi.applications.application.port.out.Holidays;
import org.madoguchi.applications.application.port.out.IdempotencyKeys;
import org.madoguchi.applications.application.port.out.ReceiptNumbers;
import org.madoguchi.applications.domain.event.ApplicationEvent;
import org.madoguchi.applications.domain.model.Actor;
import org.madoguchi.applications.domain.model.Answers;
import org.madoguchi.applications.domain.model.Applicant;
import org.madoguchi.applications.domain.model.Application;
import org.madoguchi.applications.domain.model.ApplicationId;
import org.madoguchi.applications.domain.model.ApplicationsPolicy;
import org.madoguchi.applications.domain.model.Form;
import org.madoguchi.applications.domain.model.FormNotFound;
import org.madoguchi.applications.domain.model.IdempotencyKeyInFlight;
import org.madoguchi.applications.domain.model.IdempotencyKeyReused;
import org.madoguchi.applications.domain.model.LookupCode;
import org.madoguchi.applications.domain.model.Receipt;
import org.madoguchi.applications.domain.model.ReceiptNumber;
import org.madoguchi.platform.calendar.FiscalYear;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Submits an application: the form checked from the local catalogue, a receipt number from the fiscal year's
 * sequence, the application and its event in one transaction. With an Idempotency-Key, the key is claimed in a
 * transaction of its own first (so that a concurrent retry sees it), and recorded as completed in the transaction
 * that stores the application.
 */
@ApplicationScoped
class SubmitApplicationService implements SubmitApplicationUseCase {

    /** Scope of the keys of anonymous visitors, who have no account to scope them by. */
    static final String ANONYMOUS_SCOPE = "anonymous";
    private static final int TRANSACTION_SECONDS = 30;

    private final FormCatalogue catalogue;
    private final Applications applications;
    private final ReceiptNumbers receiptNumbers;
    private final Holidays holidays;
    private final IdempotencyKeys keys;
    private final ApplicationEvents events;
    private final ApplicationsPolicy policy;
    private final Clock clock;
    // Attachments (添付ファイル): claims the uploads the answers name
    private final ClaimAttachments claimAttachments;

    SubmitApplicationService(FormCatalogue catalogue, Applications applications, ReceiptNumbers receiptNumbers,
            Holidays holidays, IdempotencyKeys keys, ApplicationEvents events, ApplicationsPolicy policy,
            Clock clock, ClaimAttachments claimAttachments) {
        this.catalogue = catalogue;
        this.applications = applications;
        this.receiptNumbers = receiptNumbers;
        this.holidays = holidays;
        this.keys = keys;
        this.events = events;
        this.policy = policy;
        this.clock = clock;
        this.claimAttachments = claimAttachments;
    }

    @Override
    public Receipt submit(SubmitApplicationCommand command) {
        Instant now = clock.instant();
        if (command.idempotencyKey().isEmpty()) {
            return inTransaction(() -> store(command, now, null));
        }
        String scope = command.actor().isAnonymous() ? ANONYMOUS_SCOPE : command.actor().subject();
        String key = command.idempotencyKey().get();
        IdempotencyKeys.Claim claim = inTransaction(() -> keys.claim(scope, key, command.fingerprint(), now,
                now.plus(policy.inFlightHold()), now.plus(policy.keyLifetime())));
        if (claim instanceof IdempotencyKeys.Claim.Replay replay) {
            Application first = inTransaction(() -> applications.find(replay.application())).orElseThrow();
            return new Receipt(first, replay.lookupCode(), true);
        }
        if (claim instanceof IdempotencyKeys.Claim.InFlight) {
            throw new IdempotencyKeyInFlight();
        }
        if (claim instanceof IdempotencyKeys.Claim.Mismatch) {
            throw new IdempotencyKeyReused();
        }
        try {
            return inTransaction(() -> store(command, now, new KeyClaim(scope, key)));
        } catch (RuntimeException failed) {
            inTransaction(() -> {
                keys.release(scope, key);
                return null;
            });
            throw failed;
        }
    }

    /** Stores the submission; {@code claim} is the Idempotency-Key it completes, or {@code null}. */
    private Receipt store(SubmitApplicationCommand command, Instant now, KeyClaim claim) {
        Actor actor = command.actor();
        Form form = catalogue.current(command.form()).orElseThrow(() -> new FormNotFound(command.form()));
        form.requireAccepting(now, actor.isAnonymous());
        Answers checked = form.check(command.answers());
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        ReceiptNumber number = receiptNumbers.next(FiscalYear.containing(today));
        Optional<LocalDate> due = form.dueDate(holidays.calendar(), today);
        Optional<LookupCode> code = actor.isAnonymous() ? Optional.of(LookupCode.random()) : Optional.empty();
        Applicant applicant = code.map(c -> Applicant.anonymous(c.digest()))
                .orElseGet(() -> Applicant.citizen(actor.subject()));
        Application application = Application.submit(ApplicationId.random(), number, form, applicant, checked, now, due);
        applications.add(application);
        // Attachments (添付ファイル): the uploads the answers name become this application's in this transaction
        claimAttachments.claimFor(application, form, actor);
        events.publish(new ApplicationEvent.ApplicationSubmitted(application));
        if (claim != null) {
            keys.complete(claim.scope(), claim.key(), application.id(), code);
        }
        return new Receipt(application, code, false);
    }

    /**
     * Runs the work in a transaction of its own, committed when it returns. The use-case tests, which run the
     * service on in-memory fakes without a transaction manager, run the work as it is.
     */
    <T> T inTransaction(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().timeout(TRANSACTION_SECONDS).call(work::get);
    }

    private record KeyClaim(String scope, String key) {
    }
}
