package org.madoguchi.applications.application.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.madoguchi.applications.application.port.out.AttachmentContents;
import org.madoguchi.applications.application.port.out.Attachments;
import org.madoguchi.applications.domain.model.AttachmentId;
import org.madoguchi.applications.domain.model.AttachmentPolicy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Deletes the uploads no submission claimed within their lifetime, records and bytes alike, so that files people
 * uploaded and then abandoned do not stay in the city's database.
 */
@ApplicationScoped
class PurgeUnclaimedAttachmentsService {

    private static final Logger LOG = Logger.getLogger(PurgeUnclaimedAttachmentsService.class);
    private static final int BATCH = 100;

    private final Attachments attachments;
    private final AttachmentContents contents;
    private final AttachmentPolicy policy;
    private final Clock clock;

    PurgeUnclaimedAttachmentsService(Attachments attachments, AttachmentContents contents, AttachmentPolicy policy,
            Clock clock) {
        this.attachments = attachments;
        this.contents = contents;
        this.policy = policy;
        this.clock = clock;
    }

    @Scheduled(every = "${madoguchi.applications.attachments.purge-interval:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeNow() {
        int purged = purge(clock.instant());
        if (purged > 0) {
            LOG.infof("Deleted %d uploads that no submission claimed", purged);
        }
    }

    /** Deletes the uploads unclaimed at {@code now} that are older than their lifetime; returns how many. */
    int purge(Instant now) {
        Instant cutoff = now.minus(policy.unclaimedLifetime());
        int total = 0;
        int purged;
        do {
            purged = QuarkusTransaction.requiringNew().call(() -> purgeBatch(cutoff));
            total += purged;
        } while (purged == BATCH);
        return total;
    }

    private int purgeBatch(Instant cutoff) {
        List<AttachmentId> abandoned = attachments.unclaimedBefore(cutoff, BATCH);
        for (AttachmentId id : abandoned) {
            attachments.remove(id);
            contents.delete(id);
        }
        return abandoned.size();
    }
}
