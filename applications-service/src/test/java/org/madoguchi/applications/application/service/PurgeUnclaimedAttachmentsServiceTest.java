package org.madoguchi.applications.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.madoguchi.applications.application.port.out.AttachmentExamples.PHOTOS;

import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.madoguchi.applications.application.port.out.AttachmentContents;
import org.madoguchi.applications.application.port.out.AttachmentExamples;
import org.madoguchi.applications.application.port.out.Attachments;
import org.madoguchi.applications.domain.model.Attachment;
import org.madoguchi.applications.domain.model.AttachmentPolicy;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Uploads nobody claimed within their lifetime are deleted, their large objects unlinked too. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "applications"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class PurgeUnclaimedAttachmentsServiceTest {

    @Inject
    PurgeUnclaimedAttachmentsService purge;

    @Inject
    Attachments attachments;

    @Inject
    AttachmentContents contents;

    @Inject
    AttachmentPolicy policy;

    @Inject
    DataSource dataSource;

    @Test
    void the_lifetime_is_24_hours_unless_configured_otherwise() {
        assertThat(policy.unclaimedLifetime()).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void an_upload_past_its_lifetime_is_deleted_with_its_large_object_and_a_younger_one_stays() {
        Instant now = Instant.parse("2031-01-10T00:00:00Z");
        Attachment abandoned = stored(now.minus(policy.unclaimedLifetime()).minusSeconds(1));
        Attachment young = stored(now.minus(policy.unclaimedLifetime()).plusSeconds(60));
        long largeObjectsBefore = largeObjects();

        int purged = purge.purge(now);

        assertThat(purged).isGreaterThanOrEqualTo(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> attachments.find(abandoned.id()))).isEmpty();
        assertThat(QuarkusTransaction.requiringNew().call(() -> contents.exists(abandoned.id()))).isFalse();
        assertThat(QuarkusTransaction.requiringNew().call(() -> attachments.find(young.id()))).isPresent();
        assertThat(largeObjects()).isEqualTo(largeObjectsBefore - purged);
    }

    private Attachment stored(Instant uploadedAt) {
        Attachment upload = AttachmentExamples.upload(AttachmentExamples.newFormId(), PHOTOS, Optional.of("c-purge"),
                uploadedAt);
        QuarkusTransaction.requiringNew().run(() -> {
            contents.write(upload.id(), new ByteArrayInputStream(AttachmentExamples.png()));
            attachments.add(upload);
        });
        return upload;
    }

    private long largeObjects() {
        try (Connection connection = dataSource.getConnection(); Statement count = connection.createStatement();
                ResultSet result = count.executeQuery("select count(*) from pg_largeobject_metadata")) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
