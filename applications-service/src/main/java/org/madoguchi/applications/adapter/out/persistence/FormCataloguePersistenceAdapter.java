package org.madoguchi.applications.adapter.out.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.madoguchi.applications.application.port.out.FormCatalogue;
import org.madoguchi.applications.domain.model.AttachmentLimits;
import org.madoguchi.applications.domain.model.DepartmentCode;
import org.madoguchi.applications.domain.model.Form;
import org.madoguchi.applications.domain.model.FormId;
import org.madoguchi.applications.domain.model.FormKind;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The form catalogue in {@code form_version} and {@code catalogue_form}. A published version never changes (a
 * version published again keeps what it said first), so the versions read are kept in a bounded cache
 * ({@code quarkus.cache.caffeine."form-versions".*}): a submission then reads only which version is current, not
 * the version's row and its fields' JSON.
 */
@ApplicationScoped
class FormCataloguePersistenceAdapter implements FormCatalogue {

    private static final TypeReference<List<StoredField>> FIELDS = new TypeReference<>() {
    };

    private final EntityManager em;
    private final ObjectMapper json;
    private final CaffeineCache versions;

    FormCataloguePersistenceAdapter(EntityManager em, ObjectMapper json,
            @CacheName("form-versions") Cache versions) {
        this.em = em;
        this.json = json;
        this.versions = versions.as(CaffeineCache.class);
    }

    @Override
    public void publish(Form version, Instant at) {
        FormVersionEntity stored = em.find(FormVersionEntity.class, new FormVersionEntity.Key(version.id().value(),
                version.version()));
        if (stored == null) {
            stored = new FormVersionEntity();
            stored.formId = version.id().value();
            stored.version = version.version();
            copy(version, stored);
            stored.recordedAt = at;
            em.persist(stored);
            em.flush();
        }
        CatalogueFormEntity current = em.find(CatalogueFormEntity.class, version.id().value(),
                LockModeType.PESSIMISTIC_WRITE);
        if (current == null) {
            current = new CatalogueFormEntity();
            current.formId = version.id().value();
            current.currentVersion = version.version();
            current.closed = false;
            current.updatedAt = at;
            em.persist(current);
        } else if (!at.isBefore(current.updatedAt)) {
            current.currentVersion = version.version();
            current.closed = false;
            current.updatedAt = at;
        }
    }

    @Override
    public void close(FormId form, Instant at) {
        CatalogueFormEntity current = em.find(CatalogueFormEntity.class, form.value(), LockModeType.PESSIMISTIC_WRITE);
        if (current != null && !at.isBefore(current.updatedAt)) {
            current.closed = true;
            current.updatedAt = at;
        }
    }

    @Override
    public Optional<Form> current(FormId form) {
        CatalogueFormEntity current = em.find(CatalogueFormEntity.class, form.value());
        if (current == null) {
            return Optional.empty();
        }
        return version(form, current.currentVersion).map(v -> current.closed ? v.close() : v);
    }

    @Override
    public Optional<Form> version(FormId form, int version) {
        VersionKey key = new VersionKey(form.value(), version);
        CompletableFuture<Form> known = versions.getIfPresent(key);
        if (known != null) {
            return Optional.of(known.join());
        }
        // only versions that exist are kept: one not published yet may be tomorrow
        Optional<Form> read = Optional.ofNullable(em.find(FormVersionEntity.class,
                new FormVersionEntity.Key(form.value(), version))).map(this::toDomain);
        read.ifPresent(found -> versions.put(key, CompletableFuture.completedFuture(found)));
        return read;
    }

    @Override
    public long count() {
        return CatalogueFormEntity.count();
    }

    private void copy(Form form, FormVersionEntity row) {
        row.kind = form.kind().name();
        row.departmentCode = form.department().value();
        row.title = form.title();
        row.titleEn = form.titleEn();
        try {
            row.fields = json.writeValueAsString(form.fields().stream().map(StoredField::of).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the fields of form " + form.id(), e);
        }
        row.acceptsAnonymous = form.acceptsAnonymous();
        row.opensAt = form.opensAt();
        row.closesAt = form.closesAt();
        row.standardProcessingDays = form.standardProcessingDays().isPresent()
                ? form.standardProcessingDays().getAsInt() : null;
        row.maxFileBytes = form.attachmentLimits().map(AttachmentLimits::maxFileBytes).orElse(null);
        row.maxFiles = form.attachmentLimits().map(AttachmentLimits::maxFiles).orElse(null);
    }

    private Form toDomain(FormVersionEntity row) {
        List<StoredField> fields;
        try {
            fields = json.readValue(row.fields, FIELDS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read the fields of form " + row.formId, e);
        }
        return new Form(new FormId(row.formId), row.version, FormKind.valueOf(row.kind),
                new DepartmentCode(row.departmentCode), row.title, row.titleEn,
                fields.stream().map(StoredField::toDomain).toList(), row.acceptsAnonymous, row.opensAt, row.closesAt,
                row.standardProcessingDays == null ? OptionalInt.empty() : OptionalInt.of(row.standardProcessingDays),
                row.maxFileBytes == null ? Optional.empty()
                        : Optional.of(new AttachmentLimits(row.maxFileBytes, row.maxFiles)),
                false);
    }

    /** A version of a form, as the cache knows it. */
    private record VersionKey(UUID form, int version) {
    }
}
