package org.madoguchi.applications.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.madoguchi.applications.adapter.in.rest.AttachmentRequests.publish;
import static org.madoguchi.applications.adapter.in.rest.AttachmentRequests.upload;
import static org.madoguchi.applications.application.port.out.AttachmentExamples.DOCUMENTS;
import static org.madoguchi.applications.application.port.out.AttachmentExamples.form;
import static org.madoguchi.applications.application.port.out.AttachmentExamples.newFormId;

import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.madoguchi.applications.application.port.out.AttachmentExamples;
import org.madoguchi.applications.application.port.out.AttachmentScanner;
import org.madoguchi.applications.application.port.out.FormCatalogue;
import org.madoguchi.applications.application.port.out.InMemoryAttachmentScanner;
import org.madoguchi.applications.domain.model.AttachmentLimits;
import org.madoguchi.applications.domain.model.Form;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * With a scanner plugged in behind {@link AttachmentScanner}, every upload is scanned before it is accepted, and a
 * file the scanner refuses is a 422 with nothing kept.
 */
@QuarkusTest
@TestProfile(AttachmentScanRefusalTest.WithRefusingScanner.class)
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "applications"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class AttachmentScanRefusalTest {

    /** Plugs the refusing in-memory scanner in instead of the pass-through one. */
    public static class WithRefusingScanner implements QuarkusTestProfile {
        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(InMemoryAttachmentScanner.class);
        }
    }

    @Inject
    FormCatalogue catalogue;

    @Inject
    AttachmentScanner scanner;

    @Inject
    DataSource dataSource;

    private final String citizen = AttachmentTokens.citizen("c-" + UUID.randomUUID());

    @Test
    void a_file_the_scanner_refuses_is_a_422_and_nothing_is_kept() {
        Form form = published();
        AttachmentRequests.Stored before = AttachmentRequests.Stored.in(dataSource);

        upload(citizen, form, DOCUMENTS, "申請書.pdf", AttachmentExamples.pdfTheScannerRefuses()).then()
                .statusCode(422).body("type", endsWith("/attachment-refused-by-scan"));

        assertThat(AttachmentRequests.Stored.in(dataSource)).isEqualTo(before);
    }

    @Test
    void a_clean_file_is_scanned_and_accepted() {
        Form form = published();
        int scannedBefore = ((InMemoryAttachmentScanner) unwrapped()).scanned().size();

        String id = upload(citizen, form, DOCUMENTS, "申請書.pdf", AttachmentExamples.pdf()).then().statusCode(201)
                .extract().path("id");

        assertThat(((InMemoryAttachmentScanner) unwrapped()).scanned()).hasSize(scannedBefore + 1)
                .last().satisfies(scannedId -> assertThat(scannedId.toString()).isEqualTo(id));
    }

    private AttachmentScanner unwrapped() {
        return io.quarkus.arc.ClientProxy.unwrap(scanner);
    }

    private Form published() {
        Form form = form(newFormId(), false, new AttachmentLimits(1024 * 1024, 3));
        publish(catalogue, form);
        return form;
    }
}
