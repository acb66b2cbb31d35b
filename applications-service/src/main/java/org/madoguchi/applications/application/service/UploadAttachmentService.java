package org.madoguchi.applications.application.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.madoguchi.applications.application.port.in.UploadAttachmentCommand;
import org.madoguchi.applications.application.port.in.UploadAttachmentUseCase;
import org.madoguchi.applications.application.port.out.AttachmentContents;
import org.madoguchi.applications.application.port.out.AttachmentScanner;
import org.madoguchi.applications.application.port.out.Attachments;
import org.madoguchi.applications.application.port.out.ContentTypes;
import org.madoguchi.applications.application.port.out.FormCatalogue;
import org.madoguchi.applications.domain.model.Actor;
import org.madoguchi.applications.domain.model.Attachment;
import org.madoguchi.applications.domain.model.AttachmentId;
import org.madoguchi.applications.domain.model.AttachmentPolicy;
import org.madoguchi.applications.domain.model.AttachmentRefusedByScan;
import org.madoguchi.applications.domain.model.AttachmentType;
import org.madoguchi.applications.domain.model.AttachmentTypeRefused;
import org.madoguchi.applications.domain.model.Form;
import org.madoguchi.applications.domain.model.FormField;
import org.madoguchi.applications.domain.model.FormNotFound;
import org.madoguchi.platform.failure.InvalidInput;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Takes an upload in one transaction: the form and field checked from the local catalogue, the bytes streamed into
 * storage while they are counted against the form's limit and digested, the type detected from the stored bytes,
 * the virus scanner asked, and only then the upload recorded. Any refusal rolls the transaction back, and the
 * stored bytes with it.
 */
@ApplicationScoped
class UploadAttachmentService implements UploadAttachmentUseCase {

    private static final Logger LOG = Logger.getLogger(UploadAttachmentService.class);

    private final FormCatalogue catalogue;
    private final Attachments attachments;
    private final AttachmentContents contents;
    private final ContentTypes contentTypes;
    private final AttachmentScanner scanner;
    private final AttachmentPolicy policy;
    private final Clock clock;

    UploadAttachmentService(FormCatalogue catalogue, Attachments attachments, AttachmentContents contents,
            ContentTypes contentTypes, AttachmentScanner scanner, AttachmentPolicy policy, Clock clock) {
        this.catalogue = catalogue;
        this.attachments = attachments;
        this.contents = contents;
        this.contentTypes = contentTypes;
        this.scanner = scanner;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public Attachment upload(UploadAttachmentCommand command) {
        return QuarkusTransaction.requiringNew().timeout((int) policy.longestTransfer().toSeconds())
                .call(() -> store(command));
    }

    private Attachment store(UploadAttachmentCommand command) {
        Actor actor = command.actor();
        Instant now = clock.instant();
        Form form = catalogue.current(command.form()).orElseThrow(() -> new FormNotFound(command.form()));
        form.requireAccepting(now, actor.isAnonymous());
        FormField field = form.attachmentFields().stream().filter(f -> f.key().equals(command.field())).findFirst()
                .orElseThrow(() -> InvalidInput.of("field", "not-an-attachment-field", command.field()));
        AttachmentId id = AttachmentId.random();
        MeasuredContent measured = new MeasuredContent(command.content(), policy.limitsOf(form).maxFileBytes());
        long size = contents.write(id, measured);
        String detected = read(id, contentTypes::detect);
        AttachmentType type = AttachmentType.ofMediaType(detected)
                .orElseThrow(() -> new AttachmentTypeRefused(detected));
        AttachmentScanner.Verdict verdict = read(id, stored -> scanner.scan(id, type, stored));
        if (verdict instanceof AttachmentScanner.Verdict.Refused refused) {
            LOG.warnf("The virus scanner refused upload %s for form %s: %s", id, form.id(), refused.finding());
            throw new AttachmentRefusedByScan();
        }
        Attachment attachment = Attachment.uploaded(id, form, field, actor, command.fileName(), type, size,
                measured.sha256(), now);
        attachments.add(attachment);
        return attachment;
    }

    private <T> T read(AttachmentId id, Function<InputStream, T> reader) {
        try (InputStream stored = contents.open(id)) {
            return reader.apply(stored);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
