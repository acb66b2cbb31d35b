package org.madoguchi.applications.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.madoguchi.applications.adapter.in.rest.AttachmentRequests.as;
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
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.madoguchi.applications.application.port.in.SubmitApplicationCommand;
import org.madoguchi.applications.application.port.in.SubmitApplicationUseCase;
import org.madoguchi.applications.application.port.out.AttachmentExamples;
import org.madoguchi.applications.application.port.out.FormCatalogue;
import org.madoguchi.applications.domain.model.Actor;
import org.madoguchi.applications.domain.model.Answer;
import org.madoguchi.applications.domain.model.Answers;
import org.madoguchi.applications.domain.model.AttachmentLimits;
import org.madoguchi.applications.domain.model.Form;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;

/**
 * Attached files come back to the applicant and to staff of the owning department, byte for byte, with their detected
 * type and original name; anybody else is told they do not exist.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "applications"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class AttachmentDownloadApiTest {

    private static final String FILES = "/api/v1/applications/{id}/attachments";
    private static final String FILE = "/api/v1/applications/{id}/attachments/{attachment}";

    @Inject
    FormCatalogue catalogue;

    @Inject
    SubmitApplicationUseCase submit;

    private final String subject = "c-" + UUID.randomUUID();
    private final String applicant = AttachmentTokens.citizen(subject);
    private final byte[] png = AttachmentExamples.png();
    private final byte[] pdf = AttachmentExamples.pdf();
    private UUID application;
    private String photo;
    private String document;

    @BeforeEach
    void an_application_with_a_photo_and_a_document() {
        Form form = form(newFormId(), false, new AttachmentLimits(1024 * 1024, 5));
        publish(catalogue, form);
        photo = uploaded(applicant, form, PHOTOS, "写真 1.png", png);
        document = uploaded(applicant, form, DOCUMENTS, "住民票の写し.pdf", pdf);
        Map<String, Answer> answers = new LinkedHashMap<>();
        answers.put(PHOTOS, new Answer.Many(List.of(photo)));
        answers.put(DOCUMENTS, new Answer.Many(List.of(document)));
        application = submit.submit(new SubmitApplicationCommand(new Actor(subject, Optional.empty(), false, false),
                form.id(), new Answers(answers), Optional.empty(), null)).application().id().value();
    }

    @Test
    void the_applicant_lists_the_files_in_upload_order() {
        as(applicant).get(FILES, application).then().statusCode(200)
                .body("id", contains(photo, document))
                .body("fileName", contains("写真 1.png", "住民票の写し.pdf"))
                .body("contentType", contains("image/png", "application/pdf"))
                .body("size", contains(png.length, pdf.length))
                .body("sha256", contains(AttachmentExamples.sha256(png), AttachmentExamples.sha256(pdf)));
    }

    @Test
    void the_applicant_downloads_a_file_byte_for_byte_with_its_type_and_name() {
        Response download = as(applicant).get(FILE, application, photo);

        download.then().statusCode(200)
                .contentType("image/png")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", "attachment; filename=\"__ 1.png\"; filename*=UTF-8''%E5%86%99%E7%9C%9F%201.png")
                .header("Content-Length", String.valueOf(png.length));
        assertThat(download.asByteArray()).isEqualTo(png);
    }

    @Test
    void staff_of_the_owning_department_list_and_download_the_files() {
        String staff = AttachmentTokens.staffOf(DEPARTMENT.value());

        as(staff).get(FILES, application).then().statusCode(200).body("size()", equalTo(2));
        Response download = as(staff).get(FILE, application, document);
        download.then().statusCode(200).contentType("application/pdf");
        assertThat(download.asByteArray()).isEqualTo(pdf);
    }

    @Test
    void another_citizen_and_staff_of_another_department_are_told_the_application_does_not_exist() {
        for (String other : List.of(AttachmentTokens.citizen("c-" + UUID.randomUUID()),
                AttachmentTokens.staffOf("kankyo-seisaku"))) {
            as(other).get(FILES, application).then().statusCode(404)
                    .body("type", endsWith("/application-not-found"));
            as(other).get(FILE, application, photo).then().statusCode(404)
                    .body("type", endsWith("/application-not-found"));
        }
    }

    @Test
    void an_anonymous_caller_must_sign_in() {
        as(null).get(FILES, application).then().statusCode(401);
        as(null).get(FILE, application, photo).then().statusCode(401);
    }

    @Test
    void a_file_that_is_not_this_applications_is_not_found() {
        as(applicant).get(FILE, application, UUID.randomUUID()).then().statusCode(404)
                .body("type", endsWith("/attachment-not-found"));
        as(applicant).get(FILES, UUID.randomUUID()).then().statusCode(404)
                .body("type", endsWith("/application-not-found"));
    }
}
