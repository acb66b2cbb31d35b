package org.madoguchi.applications.application.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.madoguchi.applications.domain.model.ApplicationId;
import org.madoguchi.applications.domain.model.Attachment;
import org.madoguchi.applications.domain.model.AttachmentId;

/**
 * The uploaded files (添付ファイル) as records: who uploaded what for which field, and which application claimed it.
 * Their bytes are kept by {@link AttachmentContents}.
 */
public interface Attachments {

    /** Keeps a new upload. */
    void add(Attachment attachment);

    Optional<Attachment> find(AttachmentId id);

    /**
     * The uploads among {@code ids} that exist, locked until the transaction ends, so that two submissions naming the
     * same upload cannot both claim it.
     */
    Map<AttachmentId, Attachment> lockAll(Collection<AttachmentId> ids);

    /** Makes the uploads the application's, as of {@code at}. */
    void claim(Collection<AttachmentId> ids, ApplicationId application, Instant at);

    /** The files an application claimed, in the order they were uploaded. */
    List<Attachment> ofApplication(ApplicationId application);

    /** Up to {@code limit} uploads no application claimed that were uploaded before {@code cutoff}, oldest first. */
    List<AttachmentId> unclaimedBefore(Instant cutoff, int limit);

    /** Forgets an upload (its contents are deleted apart); false when there was none. */
    boolean remove(AttachmentId id);
}
