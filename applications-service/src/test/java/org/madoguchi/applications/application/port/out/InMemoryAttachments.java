package org.madoguchi.applications.application.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.madoguchi.applications.domain.model.ApplicationId;
import org.madoguchi.applications.domain.model.Attachment;
import org.madoguchi.applications.domain.model.AttachmentId;

/** {@link Attachments} in memory, held to {@link AttachmentsContract} like the PostgreSQL adapter. */
public final class InMemoryAttachments implements Attachments {

    private static final Comparator<Attachment> BY_UPLOAD = Comparator.comparing(Attachment::uploadedAt)
            .thenComparing(a -> a.id().value());

    private final Map<AttachmentId, Attachment> byId = new LinkedHashMap<>();

    @Override
    public void add(Attachment attachment) {
        if (byId.putIfAbsent(attachment.id(), attachment) != null) {
            throw new IllegalStateException("upload " + attachment.id() + " exists already");
        }
    }

    @Override
    public Optional<Attachment> find(AttachmentId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Map<AttachmentId, Attachment> lockAll(Collection<AttachmentId> ids) {
        Map<AttachmentId, Attachment> found = new LinkedHashMap<>();
        ids.stream().filter(byId::containsKey).forEach(id -> found.put(id, byId.get(id)));
        return found;
    }

    @Override
    public void claim(Collection<AttachmentId> ids, ApplicationId application, Instant at) {
        for (AttachmentId id : ids) {
            Attachment upload = byId.get(id);
            if (upload == null) {
                throw new IllegalStateException("no upload " + id + " to claim");
            }
            byId.put(id, upload.claimedBy(application));
        }
    }

    @Override
    public List<Attachment> ofApplication(ApplicationId application) {
        return byId.values().stream().filter(a -> a.application().equals(Optional.of(application))).sorted(BY_UPLOAD)
                .toList();
    }

    @Override
    public List<AttachmentId> unclaimedBefore(Instant cutoff, int limit) {
        return byId.values().stream().filter(a -> !a.isClaimed() && a.uploadedAt().isBefore(cutoff)).sorted(BY_UPLOAD)
                .limit(limit).map(Attachment::id).toList();
    }

    @Override
    public boolean remove(AttachmentId id) {
        return byId.remove(id) != null;
    }
}
