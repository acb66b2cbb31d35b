package org.madoguchi.applications.application.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.applications.application.port.in.AttachmentQueries;
import org.madoguchi.applications.application.port.out.AttachmentContents;
import org.madoguchi.applications.application.port.out.Attachments;
import org.madoguchi.applications.application.port.out.Applications;
import org.madoguchi.applications.domain.model.Actor;
import org.madoguchi.applications.domain.model.Application;
import org.madoguchi.applications.domain.model.ApplicationId;
import org.madoguchi.applications.domain.model.ApplicationNotFound;
import org.madoguchi.applications.domain.model.Attachment;
import org.madoguchi.applications.domain.model.AttachmentId;
import org.madoguchi.applications.domain.model.AttachmentNotFound;
import org.madoguchi.applications.domain.model.AttachmentPolicy;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Reads an application's attached files for the people who may read the application ({@link Actor#requireMayRead}). */
@ApplicationScoped
class AttachmentQueriesService implements AttachmentQueries {

    private final Applications applications;
    private final Attachments attachments;
    private final AttachmentContents contents;
    private final AttachmentPolicy policy;

    AttachmentQueriesService(Applications applications, Attachments attachments, AttachmentContents contents,
            AttachmentPolicy policy) {
        this.applications = applications;
        this.attachments = attachments;
        this.contents = contents;
        this.policy = policy;
    }

    @Override
    @Transactional
    public List<Attachment> ofApplication(Actor actor, ApplicationId application) {
        readable(actor, application);
        return attachments.ofApplication(application);
    }

    @Override
    @Transactional
    public Attachment attachment(Actor actor, ApplicationId application, AttachmentId attachment) {
        readable(actor, application);
        return attachments.find(attachment)
                .filter(found -> found.application().equals(Optional.of(application)))
                .orElseThrow(AttachmentNotFound::new);
    }

    @Override
    public void copyContent(Actor actor, ApplicationId application, AttachmentId attachment, OutputStream out) {
        QuarkusTransaction.requiringNew().timeout((int) policy.longestTransfer().toSeconds()).run(() -> {
            attachment(actor, application, attachment);
            try (InputStream stored = contents.open(attachment)) {
                stored.transferTo(out);
            } catch (IOException broken) {
                throw new UncheckedIOException(broken);
            }
        });
    }

    private void readable(Actor actor, ApplicationId id) {
        Application application = applications.find(id).orElseThrow(ApplicationNotFound::new);
        actor.requireMayRead(application);
    }
}
