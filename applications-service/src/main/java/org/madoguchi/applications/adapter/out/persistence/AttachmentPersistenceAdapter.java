package org.madoguchi.applications.adapter.out.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.madoguchi.applications.application.port.out.Attachments;
import org.madoguchi.applications.domain.model.ApplicationId;
import org.madoguchi.applications.domain.model.Attachment;
import org.madoguchi.applications.domain.model.AttachmentId;
import org.madoguchi.applications.domain.model.AttachmentType;
import org.madoguchi.applications.domain.model.FormId;

/** The records of uploads in PostgreSQL; their bytes are kept by {@link LargeObjectAttachmentContents}. */
@ApplicationScoped
class AttachmentPersistenceAdapter implements Attachments {

    private final EntityManager em;

    AttachmentPersistenceAdapter(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(Attachment attachment) {
        AttachmentEntity entity = new AttachmentEntity();
        entity.id = attachment.id().value();
        copy(attachment, entity);
        em.persist(entity);
        em.flush();
        em.detach(entity);
    }

    @Override
    public Optional<Attachment> find(AttachmentId id) {
        return Optional.ofNullable(em.find(AttachmentEntity.class, id.value())).map(AttachmentPersistenceAdapter::toDomain);
    }

    @Override
    public Map<AttachmentId, Attachment> lockAll(Collection<AttachmentId> ids) {
        Map<AttachmentId, Attachment> found = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        List<UUID> keys = ids.stream().map(AttachmentId::value).distinct().sorted().toList();
        em.createQuery("from AttachmentEntity a where a.id in :ids order by a.id", AttachmentEntity.class)
                .setParameter("ids", keys)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList()
                .forEach(entity -> found.put(new AttachmentId(entity.id), toDomain(entity)));
        return found;
    }

    @Override
    public void claim(Collection<AttachmentId> ids, ApplicationId application, Instant at) {
        for (AttachmentId id : ids) {
            AttachmentEntity entity = em.find(AttachmentEntity.class, id.value());
            if (entity == null) {
                throw new IllegalStateException("no upload " + id + " to claim");
            }
            entity.applicationId = application.value();
            entity.claimedAt = at;
        }
        em.flush();
    }

    @Override
    public List<Attachment> ofApplication(ApplicationId application) {
        return em.createQuery("from AttachmentEntity a where a.applicationId = :application"
                + " order by a.uploadedAt, a.id", AttachmentEntity.class)
                .setParameter("application", application.value())
                .getResultList().stream().map(AttachmentPersistenceAdapter::toDomain).toList();
    }

    @Override
    public List<AttachmentId> unclaimedBefore(Instant cutoff, int limit) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("select id from attachment where application_id is null"
                + " and uploaded_at < :cutoff order by uploaded_at, id limit :limit for update skip locked", UUID.class)
                .setParameter("cutoff", cutoff)
                .setParameter("limit", limit)
                .getResultList();
        return ids.stream().map(AttachmentId::new).toList();
    }

    @Override
    public boolean remove(AttachmentId id) {
        AttachmentEntity entity = em.find(AttachmentEntity.class, id.value());
        if (entity == null) {
            return false;
        }
        em.remove(entity);
        em.flush();
        return true;
    }

    private static void copy(Attachment attachment, AttachmentEntity entity) {
        entity.formId = attachment.form().value();
        entity.fieldKey = attachment.field();
        entity.uploaderSubject = attachment.uploader().orElse(null);
        entity.fileName = attachment.fileName();
        entity.type = attachment.type().name();
        entity.sizeBytes = attachment.size();
        entity.sha256 = attachment.sha256();
        entity.uploadedAt = attachment.uploadedAt();
        entity.applicationId = attachment.application().map(ApplicationId::value).orElse(null);
        entity.claimedAt = attachment.application().isPresent() ? attachment.uploadedAt() : null;
    }

    private static Attachment toDomain(AttachmentEntity entity) {
        return new Attachment(new AttachmentId(entity.id), new FormId(entity.formId), entity.fieldKey,
                Optional.ofNullable(entity.uploaderSubject), entity.fileName, AttachmentType.valueOf(entity.type),
                entity.sizeBytes, entity.sha256, entity.uploadedAt,
                Optional.ofNullable(entity.applicationId).map(ApplicationId::new));
    }
}
