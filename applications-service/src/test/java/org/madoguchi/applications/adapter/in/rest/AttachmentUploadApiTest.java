package org.madoguchi.applications.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.madoguchi.applications.adapter.in.rest.AttachmentRequests.as;
import static org.madoguchi.applications.adapter.in.rest.AttachmentRequests.publish;
import static org.madoguchi.applications.adapter.in.rest.AttachmentRequests.upload;
import static org.madoguchi.applications.application.port.out.AttachmentExamples.DOCUMENTS;
import static org.madoguchi.applications.application.port.out.AttachmentExamples.NAME;
import static org.madoguchi.applications.application.port.out.AttachmentExamples.PHOTOS;
import static org.madoguchi.applications.application.port.out.AttachmentExamples.form;
import static org.madoguchi.applications.application.port.out.AttachmentExamples.newFormId;

import java.time.Instant;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.madoguchi.applications.application.port.out.AttachmentExamples;
import org.madoguchi.applications.application.port.out.Attachments;
import org.madoguchi.applications.application.port.out.FormCatalogue;
import org.madoguchi.applications.domain.model.Attachment;
import org.madoguchi.applications.domain.model.AttachmentId;
import org.madoguchi.applications.domain.model.AttachmentLimits;
import org.madoguchi.applications.domain.model.AttachmentType;
import org.madoguchi.applications.domain.model.Form;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;

/**
 * Uploads over HTTP on the real stack: PDF, JPEG and PNG by their content whatever their name; anything else, and
 * anything past the form's size limit, refused with nothing left in the database.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "applications"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class AttachmentUploadApiTest {

    private static final int LIMIT = 64 * 1024;

    @Inject
    FormCatalogue catalogue;

    @Inject
    Attachments attachments;

    @Inject
    DataSource dataSource;

    private final String citizen = AttachmentTokens.citizen("c-" + UUID.randomUUID());

    @Test
    void a_png_a_jpeg_and_a_pdf_are_accepted_by_their_content_with_size_and_digest() {
        Form form = published(false);
        byte[] png = AttachmentExamples.png();

        upload(citizen, form, PHOTOS, "写真.png", png).then().statusCode(201)
                .body("contentType", equalTo("image/png"))
                .body("size", equalTo(png.length))
                .body("sha256", equalTo(AttachmentExamples.sha256(png)))
                .body("field", equalTo(PHOTOS))
                .body("fileName", equalTo("写真.png"));
        upload(citizen, form, PHOTOS, "photo.jpg", AttachmentExamples.jpeg()).then().statusCode(201)
                .body("contentType", equalTo("image/jpeg"));
        upload(citizen, form, DOCUMENTS, "住民票の写し.pdf", AttachmentExamples.pdf()).then().statusCode(201)
                .body("contentType", equalTo("application/pdf"));
    }

    @Test
    void a_png_named_pdf_is_kept_as_a_png_whatever_content_type_was_sent() {
        Form form = published(false);

        Response response = as(citizen).contentType("application/pdf").queryParam("field", DOCUMENTS)
                .queryParam("filename", "申請書.pdf").body(AttachmentExamples.png())
                .post("/api/v1/forms/{formId}/attachments", form.id().value());

        response.then().statusCode(201).body("contentType", equalTo("image/png")).body("fileName", equalTo("申請書.pdf"));
        Attachment stored = attachments.find(new AttachmentId(UUID.fromString(response.path("id")))).orElseThrow();
        assertThat(stored.type()).isEqualTo(AttachmentType.PNG);
        assertThat(stored.uploader()).isPresent();
        assertThat(stored.isClaimed()).isFalse();
    }

    @Test
    void a_text_file_named_pdf_is_refused_and_nothing_is_left() {
        Form form = published(false);
        AttachmentRequests.Stored before = AttachmentRequests.Stored.in(dataSource);

        upload(citizen, form, DOCUMENTS, "申請書.pdf", AttachmentExamples.text()).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith("/attachment-type-refused"))
                .body("detail", containsString("text/plain"));

        assertThat(AttachmentRequests.Stored.in(dataSource)).isEqualTo(before);
    }

    @Test
    void a_renamed_executable_is_refused_and_nothing_is_left() {
        Form form = published(false);
        AttachmentRequests.Stored before = AttachmentRequests.Stored.in(dataSource);

        upload(citizen, form, DOCUMENTS, "invoice.pdf", AttachmentExamples.windowsExecutable()).then().statusCode(422)
                .body("type", endsWith("/attachment-type-refused"));
        upload(citizen, form, PHOTOS, "photo.png", AttachmentExamples.linuxExecutable()).then().statusCode(422)
                .body("type", endsWith("/attachment-type-refused"));

        assertThat(AttachmentRequests.Stored.in(dataSource)).isEqualTo(before);
    }

    @Test
    void a_file_exactly_at_the_limit_is_accepted_and_one_byte_more_is_refused_with_413_leaving_nothing() {
        Form form = published(false);
        upload(citizen, form, PHOTOS, "at-the-limit.png", AttachmentExamples.padded(AttachmentExamples.png(), LIMIT))
                .then().statusCode(201).body("size", equalTo(LIMIT));
        AttachmentRequests.Stored before = AttachmentRequests.Stored.in(dataSource);

        upload(citizen, form, PHOTOS, "one-byte-over.png",
                AttachmentExamples.padded(AttachmentExamples.png(), LIMIT + 1))
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", endsWith("/attachment-too-large"))
                .body("detail", containsString("64 KB"));

        assertThat(AttachmentRequests.Stored.in(dataSource)).isEqualTo(before);
    }

    @Test
    void the_refusal_of_a_large_file_is_worded_in_english_when_asked() {
        Form form = published(false);

        as(citizen).header("Accept-Language", "en").contentType("application/octet-stream")
                .queryParam("field", PHOTOS).body(new byte[LIMIT * 3])
                .post("/api/v1/forms/{formId}/attachments", form.id().value())
                .then().statusCode(413).body("title", equalTo("File too large"));
    }

    @Test
    void an_anonymous_visitor_uploads_for_a_form_that_takes_anonymous_answers_only() {
        Form open = published(true);
        Form signedIn = published(false);

        Response accepted = upload(null, open, PHOTOS, "scan.png", AttachmentExamples.png());
        accepted.then().statusCode(201);
        upload(null, signedIn, PHOTOS, "scan.png", AttachmentExamples.png()).then().statusCode(403)
                .body("type", endsWith("/sign-in-required"));

        Attachment stored = attachments.find(new AttachmentId(UUID.fromString(accepted.path("id")))).orElseThrow();
        assertThat(stored.uploader()).isEmpty();
    }

    @Test
    void a_field_that_takes_no_files_or_a_form_that_is_not_known_is_refused() {
        Form form = published(false);

        upload(citizen, form, NAME, "a.png", AttachmentExamples.png()).then().statusCode(400)
                .body("errors.field", hasItem("field"))
                .body("errors.code", hasItem("not-an-attachment-field"));
        as(citizen).contentType("application/octet-stream").body(AttachmentExamples.png())
                .post("/api/v1/forms/{formId}/attachments", form.id().value())
                .then().statusCode(400).body("errors.code", hasItem("not-blank"));
        upload(citizen, form(newFormId(), false, new AttachmentLimits(LIMIT, 3)), PHOTOS, "a.png",
                AttachmentExamples.png()).then().statusCode(404).body("type", endsWith("/form-not-found"));
    }

    @Test
    void a_closed_form_takes_no_uploads() {
        Form form = published(false);
        QuarkusTransaction.requiringNew().run(() -> catalogue.close(form.id(), Instant.now()));

        upload(citizen, form, PHOTOS, "a.png", AttachmentExamples.png()).then().statusCode(409)
                .body("type", endsWith("/form-closed"));
    }

    private Form published(boolean anonymous) {
        Form form = form(newFormId(), anonymous, new AttachmentLimits(LIMIT, 3));
        publish(catalogue, form);
        return form;
    }
}
