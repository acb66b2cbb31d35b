package org.madoguchi.applications.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.AT;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.KOSODATE;
import static org.madoguchi.applications.application.port.out.ApplicationExamples.allowanceForm;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.madoguchi.applications.application.port.in.RecordClosedFormCommand;
import org.madoguchi.applications.application.port.in.RecordPublishedFormCommand;
import org.madoguchi.applications.application.port.out.IdempotencyKeys;
import org.madoguchi.applications.domain.model.Form;

/**
 * The local form catalogue follows procedures-service's events once per event, and expired Idempotency-Keys are
 * purged on schedule.
 */
class CatalogueUseCasesTest {

    private final UseCases useCases = new UseCases();
    private final Form form = allowanceForm(KOSODATE);

    @Test
    void a_published_form_becomes_answerable_and_a_repeated_delivery_of_its_event_changes_nothing() {
        UUID event = UUID.randomUUID();

        assertThat(useCases.recordPublished.record(new RecordPublishedFormCommand(event, form, AT))).isTrue();
        useCases.catalogue.close(form.id(), AT.plusSeconds(60));
        assertThat(useCases.recordPublished.record(new RecordPublishedFormCommand(event, form, AT.plusSeconds(120))))
                .as("the same event delivered again").isFalse();

        assertThat(useCases.catalogue.current(form.id())).contains(form.close());
    }

    @Test
    void a_closed_form_takes_no_more_answers_and_the_closure_applies_once() {
        useCases.recordPublished.record(new RecordPublishedFormCommand(UUID.randomUUID(), form, AT));
        UUID closure = UUID.randomUUID();

        assertThat(useCases.recordClosed.record(new RecordClosedFormCommand(closure, form.id(), AT.plusSeconds(60))))
                .isTrue();
        useCases.recordPublished.record(new RecordPublishedFormCommand(UUID.randomUUID(), form, AT.plusSeconds(120)));
        assertThat(useCases.recordClosed.record(new RecordClosedFormCommand(closure, form.id(), AT.plusSeconds(180))))
                .isFalse();

        assertThat(useCases.catalogue.current(form.id())).contains(form);
    }

    @Test
    void a_closure_arriving_before_its_form_leaves_the_form_unknown() {
        assertThat(useCases.recordClosed.record(new RecordClosedFormCommand(UUID.randomUUID(), form.id(), AT)))
                .isTrue();

        assertThat(useCases.catalogue.current(form.id())).isEmpty();
    }

    @Test
    void the_purge_deletes_the_keys_past_their_lifetime_and_no_others() {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        useCases.keys.claim("citizen-hanako", "old", body, AT, AT.plusSeconds(30), AT.plus(Duration.ofHours(24)));
        useCases.keys.claim("citizen-hanako", "new", body, AT.plus(Duration.ofHours(12)),
                AT.plus(Duration.ofHours(12)).plusSeconds(30), AT.plus(Duration.ofHours(36)));
        useCases.clock.advance(Duration.ofHours(25));

        useCases.purge.purge();

        assertThat(useCases.keys.claim("citizen-hanako", "old", "{\"x\":1}".getBytes(StandardCharsets.UTF_8),
                useCases.clock.instant(), useCases.clock.instant(), useCases.clock.instant().plusSeconds(1)))
                .isEqualTo(new IdempotencyKeys.Claim.Claimed());
        assertThat(useCases.keys.purgeExpired(useCases.clock.instant().plus(Duration.ofHours(12))))
                .as("only the new key and the fresh claim were left").isEqualTo(2);
    }
}
