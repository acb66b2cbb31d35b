package org.madoguchi.applications.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.madoguchi.applications.application.port.out.AttachmentExamples.DOCUMENTS;
import static org.madoguchi.applications.application.port.out.AttachmentExamples.PHOTOS;
import static org.madoguchi.applications.application.port.out.AttachmentExamples.newFormId;
import static org.madoguchi.applications.application.port.out.AttachmentExamples.upload;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.madoguchi.applications.domain.model.ApplicationId;
import org.madoguchi.applications.domain.model.Attachment;
import org.madoguchi.applications.domain.model.AttachmentId;
import org.madoguchi.applications.domain.model.FormId;

/**
 * What every {@link Attachments} store does, the in-memory fake and PostgreSQL alike: uploads are read back as they
 * were added, claims make them an application's, the unclaimed old ones are found for deletion, oldest first. The
 * store may hold other tests' uploads: assertions look at this test's own, dated long ago where order matters.
 */
public abstract class AttachmentsContract {

    private static final Instant LONG_AGO = Instant.parse("1990-04-01T00:00:00Z");

    private final FormId form = newFormId();
    private final ApplicationId application = new ApplicationId(UUID.randomUUID());

    /** The store under test. */
    protected abstract Attachments attachments();

    /** Starts what keeps this test's data apart from the others': nothing for a fake. */
    protected void beginTest() {
    }

    /** Discards what this test stored: nothing for a fake. */
    protected void endTest() {
    }

    @BeforeEach
    final void begin() {
        beginTest();
    }

    @AfterEach
    final void end() {
        endTest();
    }

    @Test
    void an_added_upload_is_found_as_it_was() {
        Attachment upload = upload(form, PHOTOS, Optional.of("c-uploader"), Instant.parse("2025-05-01T01:02:03Z"));

        attachments().add(upload);

        assertThat(attachments().find(upload.id())).contains(upload);
    }

    @Test
    void an_anonymous_upload_is_found_without_an_uploader() {
        Attachment upload = upload(form, DOCUMENTS, Optional.empty(), Instant.parse("2025-05-01T01:02:03Z"));

        attachments().add(upload);

        assertThat(attachments().find(upload.id())).hasValueSatisfying(found -> {
            assertThat(found.uploader()).isEmpty();
            assertThat(found.field()).isEqualTo(DOCUMENTS);
        });
    }

    @Test
    void what_was_never_added_is_not_found() {
        assertThat(attachments().find(AttachmentId.random())).isEmpty();
        assertThat(attachments().lockAll(List.of(AttachmentId.random()))).isEmpty();
    }

    @Test
    void locking_returns_the_uploads_that_exist_among_those_asked_for() {
        Attachment one = upload(form, PHOTOS, Optional.of("c-1"), Instant.parse("2025-05-01T01:00:00Z"));
        Attachment two = upload(form, PHOTOS, Optional.of("c-1"), Instant.parse("2025-05-01T01:01:00Z"));
        attachments().add(one);
        attachments().add(two);
        AttachmentId missing = AttachmentId.random();

        var locked = attachments().lockAll(List.of(one.id(), missing, two.id()));

        assertThat(locked).containsOnlyKeys(one.id(), two.id());
        assertThat(locked.get(two.id())).isEqualTo(two);
    }

    @Test
    void claimed_uploads_belong_to_the_application_in_the_order_they_were_uploaded() {
        Attachment later = upload(form, PHOTOS, Optional.of("c-1"), Instant.parse("2025-05-01T02:00:00Z"));
        Attachment earlier = upload(form, DOCUMENTS, Optional.of("c-1"), Instant.parse("2025-05-01T01:00:00Z"));
        Attachment unclaimed = upload(form, PHOTOS, Optional.of("c-1"), Instant.parse("2025-05-01T01:30:00Z"));
        List.of(later, earlier, unclaimed).forEach(attachments()::add);

        attachments().claim(List.of(later.id(), earlier.id()), application, Instant.parse("2025-05-01T03:00:00Z"));

        assertThat(attachments().ofApplication(application)).extracting(Attachment::id)
                .containsExactly(earlier.id(), later.id());
        assertThat(attachments().find(later.id())).hasValueSatisfying(found -> {
            assertThat(found.application()).contains(application);
            assertThat(found.isClaimed()).isTrue();
        });
        assertThat(attachments().find(unclaimed.id()).map(Attachment::isClaimed)).contains(false);
        assertThat(attachments().ofApplication(new ApplicationId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void the_unclaimed_uploads_older_than_the_cutoff_are_found_oldest_first_up_to_the_limit() {
        Attachment oldest = upload(form, PHOTOS, Optional.empty(), LONG_AGO);
        Attachment old = upload(form, PHOTOS, Optional.of("c-1"), LONG_AGO.plusSeconds(60));
        Attachment alsoOld = upload(form, DOCUMENTS, Optional.of("c-1"), LONG_AGO.plusSeconds(120));
        Attachment oldButClaimed = upload(form, PHOTOS, Optional.of("c-1"), LONG_AGO.plusSeconds(30));
        Attachment recent = upload(form, PHOTOS, Optional.of("c-1"), LONG_AGO.plusSeconds(3600));
        List.of(recent, alsoOld, oldButClaimed, old, oldest).forEach(attachments()::add);
        attachments().claim(List.of(oldButClaimed.id()), application, LONG_AGO.plusSeconds(40));
        Instant cutoff = LONG_AGO.plusSeconds(1800);

        assertThat(attachments().unclaimedBefore(cutoff, 2)).containsExactly(oldest.id(), old.id());
        assertThat(attachments().unclaimedBefore(cutoff, 10)).containsExactly(oldest.id(), old.id(), alsoOld.id());
    }

    @Test
    void removing_forgets_an_upload_and_says_whether_there_was_one() {
        Attachment upload = upload(form, PHOTOS, Optional.of("c-1"), LONG_AGO);
        attachments().add(upload);

        assertThat(attachments().remove(upload.id())).isTrue();
        assertThat(attachments().remove(upload.id())).isFalse();
        assertThat(attachments().find(upload.id())).isEmpty();
        assertThat(attachments().unclaimedBefore(LONG_AGO.plusSeconds(1), 10)).doesNotContain(upload.id());
    }
}
