package org.madoguchi.applications.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.madoguchi.applications.adapter.in.rest.AttachmentRequests.publish;
import static org.madoguchi.applications.adapter.in.rest.AttachmentRequests.uploaded;
import static org.madoguchi.applications.application.port.out.AttachmentExamples.DEPARTMENT;
import static org.madoguchi.applications.application.port.out.AttachmentExamples.DOCUMENTS;
import static org.madoguchi.applications.application.port.out.AttachmentExamples.PHOTOS;
import static org.madoguchi.applications.application.port.out.AttachmentExamples.form;
import static org.madoguchi.applications.application.port.out.AttachmentExamples.newFormId;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.madoguchi.applications.application.port.in.ProcessApplicationCommand;
import org.madoguchi.applications.application.port.in.ProcessApplicationUseCase;
import org.madoguchi.applications.application.port.in.ResubmitApplicationCommand;
import org.madoguchi.applications.application.port.in.ResubmitApplicationUseCase;
import org.madoguchi.applications.application.port.in.SubmitApplicationCommand;
import org.madoguchi.applications.application.port.in.SubmitApplicationUseCase;
import org.madoguchi.applications.application.port.out.AttachmentExamples;
import org.madoguchi.applications.application.port.out.Attachments;
import org.madoguchi.applications.application.port.out.FormCatalogue;
import org.madoguchi.applications.domain.model.Action;
import org.madoguchi.applications.domain.model.Actor;
import org.madoguchi.applications.domain.model.Answer;
import org.madoguchi.applications.domain.model.Answers;
import org.madoguchi.applications.domain.model.AnswersRejected;
import org.madoguchi.applications.domain.model.Application;
import org.madoguchi.applications.domain.model.Attachment;
import org.madoguchi.applications.domain.model.AttachmentId;
import org.madoguchi.applications.domain.model.AttachmentLimits;
import org.madoguchi.applications.domain.model.Form;
import org.madoguchi.platform.failure.Violation;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * A submission claims the uploads its answers name, in its own transaction, or is refused (422, each violation
 * under {@code answers.<key>}) with nothing claimed: too many files, another person's upload, one another
 * application claimed. Uploads go over HTTP; submissions through the use case, as the submission resource calls it.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "applications"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class AttachmentSubmissionTest {

    @Inject
    FormCatalogue catalogue;

    @Inject
    Attachments attachments;

    @Inject
    SubmitApplicationUseCase submit;

    @Inject
    ResubmitApplicationUseCase resubmit;

    @Inject
    ProcessApplicationUseCase process;

    private final String subject = "c-" + UUID.randomUUID();
    private final Actor applicant = new Actor(subject, Optional.empty(), false, false);
    private final String token = AttachmentTokens.citizen(subject);

    @Test
    void a_submission_claims_the_applicants_uploads_for_its_application() {
        Form form = published(false, 3);
        String photo = uploaded(token, form, PHOTOS, "写真.png", AttachmentExamples.png());
        String document = uploaded(token, form, DOCUMENTS, "住民票.pdf", AttachmentExamples.pdf());

        Application application = submit(applicant, form, Map.of(PHOTOS, List.of(photo), DOCUMENTS, List.of(document)));

        assertThat(attachments.ofApplication(application.id())).extracting(a -> a.id().toString())
                .containsExactly(photo, document);
    }

    @Test
    void more_files_than_the_form_allows_over_all_fields_are_refused_and_nothing_is_claimed() {
        Form form = published(false, 2);
        String photo = uploaded(token, form, PHOTOS, "1.png", AttachmentExamples.png());
        String first = uploaded(token, form, DOCUMENTS, "2.pdf", AttachmentExamples.pdf());
        String second = uploaded(token, form, DOCUMENTS, "3.pdf", AttachmentExamples.pdf());
        Map<String, List<String>> named = new LinkedHashMap<>();
        named.put(PHOTOS, List.of(photo));
        named.put(DOCUMENTS, List.of(first, second));

        AnswersRejected refused = catchThrowableOfType(AnswersRejected.class, () -> submit(applicant, form, named));

        assertThat(refused.kind().status()).isEqualTo(422);
        assertThat(refused.violations()).containsExactly(Violation.of("answers.documents", "too-many-attachments", 2));
        assertThat(List.of(photo, first, second)).allSatisfy(id -> assertThat(stored(id).isClaimed()).isFalse());
    }

    @Test
    void another_persons_upload_is_refused_as_not_found() {
        Form form = published(false, 3);
        String theirs = uploaded(AttachmentTokens.citizen("c-" + UUID.randomUUID()), form, PHOTOS, "theirs.png",
                AttachmentExamples.png());

        AnswersRejected refused = catchThrowableOfType(AnswersRejected.class,
                () -> submit(applicant, form, Map.of(PHOTOS, List.of(theirs))));

        assertThat(refused.violations()).containsExactly(Violation.of("answers.photos", "attachment-not-found", 1));
        assertThat(stored(theirs).isClaimed()).isFalse();
    }

    @Test
    void an_upload_for_another_field_or_unknown_is_refused() {
        Form form = published(false, 3);
        String document = uploaded(token, form, DOCUMENTS, "a.pdf", AttachmentExamples.pdf());

        AnswersRejected refused = catchThrowableOfType(AnswersRejected.class, () -> submit(applicant, form,
                Map.of(PHOTOS, List.of(document, UUID.randomUUID().toString()))));

        assertThat(refused.violations()).containsExactly(
                Violation.of("answers.photos", "attachment-other-field", 1),
                Violation.of("answers.photos", "attachment-not-found", 2));
    }

    @Test
    void an_upload_one_application_claimed_cannot_be_claimed_by_another() {
        Form form = published(false, 3);
        String photo = uploaded(token, form, PHOTOS, "a.png", AttachmentExamples.png());
        Application first = submit(applicant, form, Map.of(PHOTOS, List.of(photo)));

        AnswersRejected refused = catchThrowableOfType(AnswersRejected.class,
                () -> submit(applicant, form, Map.of(PHOTOS, List.of(photo))));

        assertThat(refused.violations()).containsExactly(
                Violation.of("answers.photos", "attachment-already-attached", 1));
        assertThat(stored(photo).application()).contains(first.id());
    }

    @Test
    void an_anonymous_submission_claims_an_anonymous_upload_by_its_id_alone() {
        Form form = published(true, 3);
        String photo = uploaded(null, form, PHOTOS, "scan.png", AttachmentExamples.png());
        String citizens = uploaded(token, form, PHOTOS, "mine.png", AttachmentExamples.png());

        Application application = submit(Actor.anonymous(), form, Map.of(PHOTOS, List.of(photo)));
        AnswersRejected refused = catchThrowableOfType(AnswersRejected.class,
                () -> submit(Actor.anonymous(), form, Map.of(PHOTOS, List.of(citizens))));

        assertThat(stored(photo).application()).contains(application.id());
        assertThat(refused.violations()).containsExactly(Violation.of("answers.photos", "attachment-not-found", 1));
    }

    @Test
    void a_resubmission_keeps_the_files_claimed_before_and_claims_the_new_ones() {
        Form form = published(false, 3);
        String first = uploaded(token, form, PHOTOS, "first.png", AttachmentExamples.png());
        Application submitted = submit(applicant, form, Map.of(PHOTOS, List.of(first)));
        Actor staff = new Actor("s-" + DEPARTMENT, Optional.of(DEPARTMENT), true, false);
        Application returned = process.process(new ProcessApplicationCommand(staff, submitted.id(),
                Action.RETURN_FOR_CORRECTION, "写真をもう1枚添付してください。", submitted.version()));
        String second = uploaded(token, form, PHOTOS, "second.png", AttachmentExamples.png());

        resubmit.resubmit(new ResubmitApplicationCommand(applicant, returned.id(),
                answers(Map.of(PHOTOS, List.of(first, second))), null, OptionalLong.of(returned.version())));

        assertThat(attachments.ofApplication(submitted.id())).extracting(a -> a.id().toString())
                .containsExactly(first, second);
    }

    private Form published(boolean anonymous, int maxFiles) {
        Form form = form(newFormId(), anonymous, new AttachmentLimits(1024 * 1024, maxFiles));
        publish(catalogue, form);
        return form;
    }

    private Application submit(Actor actor, Form form, Map<String, List<String>> files) {
        return submit.submit(new SubmitApplicationCommand(actor, form.id(), answers(files), Optional.empty(), null))
                .application();
    }

    private static Answers answers(Map<String, List<String>> files) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        answers.put(AttachmentExamples.NAME, new Answer.Text("山田 太郎"));
        files.forEach((field, ids) -> answers.put(field, new Answer.Many(ids)));
        return new Answers(answers);
    }

    private Attachment stored(String id) {
        return attachments.find(new AttachmentId(UUID.fromString(id))).orElseThrow();
    }
}
