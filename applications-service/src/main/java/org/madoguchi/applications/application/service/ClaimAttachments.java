package org.madoguchi.applications.application.service;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.madoguchi.applications.application.port.out.Attachments;
import org.madoguchi.applications.domain.model.Actor;
import org.madoguchi.applications.domain.model.Application;
import org.madoguchi.applications.domain.model.Attachment;
import org.madoguchi.applications.domain.model.AttachmentClaim;
import org.madoguchi.applications.domain.model.AttachmentId;
import org.madoguchi.applications.domain.model.AttachmentPolicy;
import org.madoguchi.applications.domain.model.Form;

/**
 * Makes the uploads an application's answers name the application's, in the transaction that stores the
 * submission or resubmission: the uploads are locked, checked ({@link AttachmentClaim}) and claimed, or the whole
 * submission is refused.
 */
@ApplicationScoped
class ClaimAttachments {

    private final Attachments attachments;
    private final AttachmentPolicy policy;
    private final Clock clock;

    ClaimAttachments(Attachments attachments, AttachmentPolicy policy, Clock clock) {
        this.attachments = attachments;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * Claims for {@code application} the uploads its answers name in the attachment fields of {@code form}.
     *
     * @throws org.madoguchi.applications.domain.model.AnswersRejected when a named upload may not be claimed, or
     *                                                                  there are more than the form allows
     */
    void claimFor(Application application, Form form, Actor actor) {
        AttachmentClaim claim = AttachmentClaim.of(form, application.answers(), policy.limitsOf(form));
        if (claim.isEmpty()) {
            return;
        }
        Map<AttachmentId, Attachment> stored = attachments.lockAll(claim.ids());
        List<AttachmentId> newlyClaimed = claim.check(actor, application.id(), stored);
        if (!newlyClaimed.isEmpty()) {
            attachments.claim(newlyClaimed, application.id(), clock.instant());
        }
    }
}
