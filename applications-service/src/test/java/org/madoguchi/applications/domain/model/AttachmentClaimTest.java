package org.madoguchi.applications.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.madoguchi.platform.failure.Violation;

/** The rules an application's attachments keep before they become its own. */
class AttachmentClaimTest {

    private static final Instant AT = Instant.parse("2025-05-01T01:00:00Z");
    private static final FormId FORM = new FormId(UUID.randomUUID());
    private static final Actor CITIZEN = new Actor("c-yamada", Optional.empty(), false, false);
    private static final Actor OTHER_CITIZEN = new Actor("c-tanaka", Optional.empty(), false, false);
    private static final ApplicationId APPLICATION = ApplicationId.random();

    private final Map<AttachmentId, Attachment> stored = new HashMap<>();

    @Test
    void the_applicants_own_uploads_for_the_right_fields_are_claimed() {
        Attachment photo = stored("photos", CITIZEN);
        Attachment document = stored("documents", CITIZEN);

        List<AttachmentId> claimed = claim(CITIZEN, 5, Map.of("photos", List.of(photo), "documents", List.of(document)));

        assertThat(claimed).containsExactlyInAnyOrder(photo.id(), document.id());
    }

    @Test
    void answers_without_files_claim_nothing() {
        AttachmentClaim claim = AttachmentClaim.of(form(), new Answers(Map.of("name", new Answer.Text("山田"))),
                new AttachmentLimits(1000, 1));

        assertThat(claim.isEmpty()).isTrue();
        assertThat(claim.check(CITIZEN, APPLICATION, stored)).isEmpty();
    }

    @Test
    void another_persons_upload_reads_as_not_found() {
        Attachment theirs = stored("photos", OTHER_CITIZEN);

        assertThat(violations(CITIZEN, 5, Map.of("photos", List.of(theirs.id().toString()))))
                .containsExactly(Violation.of("answers.photos", "attachment-not-found", 1));
    }

    @Test
    void an_anonymous_upload_is_claimed_by_an_anonymous_visitor_only() {
        Attachment anonymous = stored("photos", Actor.anonymous());
        Attachment citizens = stored("documents", CITIZEN);

        assertThat(claim(Actor.anonymous(), 5, Map.of("photos", List.of(anonymous)))).containsExactly(anonymous.id());
        assertThat(violations(CITIZEN, 5, Map.of("photos", List.of(anonymous.id().toString()))))
                .containsExactly(Violation.of("answers.photos", "attachment-not-found", 1));
        assertThat(violations(Actor.anonymous(), 5, Map.of("documents", List.of(citizens.id().toString()))))
                .containsExactly(Violation.of("answers.documents", "attachment-not-found", 1));
    }

    @Test
    void unknown_and_malformed_ids_read_as_not_found_with_their_position() {
        Attachment photo = stored("photos", CITIZEN);

        assertThat(violations(CITIZEN, 5, Map.of("photos", List.of(photo.id().toString(),
                UUID.randomUUID().toString(), "../../etc/passwd"))))
                .containsExactly(Violation.of("answers.photos", "attachment-not-found", 2),
                        Violation.of("answers.photos", "attachment-not-found", 3));
    }

    @Test
    void an_upload_for_another_field_or_form_is_refused() {
        Attachment document = stored("documents", CITIZEN);
        Attachment otherForm = new Attachment(AttachmentId.random(), new FormId(UUID.randomUUID()), "photos",
                Optional.of(CITIZEN.subject()), "a.png", AttachmentType.PNG, 10, "0".repeat(64), AT, Optional.empty());
        stored.put(otherForm.id(), otherForm);

        assertThat(violations(CITIZEN, 5, Map.of("photos", List.of(document.id().toString(),
                otherForm.id().toString()))))
                .containsExactly(Violation.of("answers.photos", "attachment-other-field", 1),
                        Violation.of("answers.photos", "attachment-other-field", 2));
    }

    @Test
    void an_upload_another_application_claimed_is_refused() {
        Attachment taken = stored("photos", CITIZEN).claimedBy(ApplicationId.random());
        stored.put(taken.id(), taken);

        assertThat(violations(CITIZEN, 5, Map.of("photos", List.of(taken.id().toString()))))
                .containsExactly(Violation.of("answers.photos", "attachment-already-attached", 1));
    }

    @Test
    void files_the_same_application_claimed_before_stay_and_are_not_claimed_again() {
        Attachment kept = stored("photos", CITIZEN).claimedBy(APPLICATION);
        stored.put(kept.id(), kept);
        Attachment added = stored("photos", CITIZEN);

        assertThat(claim(CITIZEN, 5, Map.of("photos", List.of(kept, added)))).containsExactly(added.id());
    }

    @Test
    void a_file_named_twice_is_refused_the_second_time() {
        Attachment photo = stored("photos", CITIZEN);

        assertThat(violations(CITIZEN, 5, Map.of("photos", List.of(photo.id().toString(), photo.id().toString()))))
                .containsExactly(Violation.of("answers.photos", "attachment-duplicate", 2));
    }

    @Test
    void too_many_files_over_all_fields_are_refused_once_under_the_field_that_goes_past_the_limit() {
        Attachment photo = stored("photos", CITIZEN);
        Attachment first = stored("documents", CITIZEN);
        Attachment second = stored("documents", CITIZEN);

        Map<String, List<String>> named = new java.util.LinkedHashMap<>();
        named.put("photos", List.of(photo.id().toString()));
        named.put("documents", List.of(first.id().toString(), second.id().toString()));

        assertThat(violations(CITIZEN, 2, named))
                .containsExactly(Violation.of("answers.documents", "too-many-attachments", 2));
    }

    @Test
    void any_number_of_files_up_to_the_limit_is_claimed_and_one_more_is_refused() {
        qt().withExamples(40).forAll(integers().between(1, 12), integers().between(0, 3)).checkAssert((limit, over) -> {
            stored.clear();
            int count = limit + over;
            List<Attachment> files = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                files.add(stored("photos", CITIZEN));
            }
            if (over == 0) {
                assertThat(claim(CITIZEN, limit, Map.of("photos", files))).hasSize(count);
            } else {
                assertThat(violations(CITIZEN, limit, Map.of("photos", files.stream().map(f -> f.id().toString())
                        .toList()))).containsExactly(Violation.of("answers.photos", "too-many-attachments", limit));
            }
        });
    }

    private Attachment stored(String field, Actor uploader) {
        Attachment upload = new Attachment(AttachmentId.random(), FORM, field,
                uploader.isAnonymous() ? Optional.empty() : Optional.of(uploader.subject()), "写真.png",
                AttachmentType.PNG, 100, "a".repeat(64), AT, Optional.empty());
        stored.put(upload.id(), upload);
        return upload;
    }

    private List<AttachmentId> claim(Actor claimant, int maxFiles, Map<String, List<Attachment>> named) {
        Map<String, List<String>> ids = new java.util.LinkedHashMap<>();
        named.forEach((field, files) -> ids.put(field, files.stream().map(f -> f.id().toString()).toList()));
        return claimOf(ids, maxFiles).check(claimant, APPLICATION, lookedUp(ids));
    }

    private List<Violation> violations(Actor claimant, int maxFiles, Map<String, List<String>> named) {
        AttachmentClaim claim = claimOf(named, maxFiles);
        Throwable refused = org.assertj.core.api.Assertions.catchThrowable(
                () -> claim.check(claimant, APPLICATION, lookedUp(named)));
        assertThat(refused).isInstanceOf(AnswersRejected.class);
        return ((AnswersRejected) refused).violations();
    }

    private AttachmentClaim claimOf(Map<String, List<String>> named, int maxFiles) {
        Map<String, Answer> answers = new java.util.LinkedHashMap<>();
        named.forEach((field, ids) -> answers.put(field, new Answer.Many(ids)));
        Answers checked = form().check(new Answers(answers));
        return AttachmentClaim.of(form(), checked, new AttachmentLimits(1_000_000, maxFiles));
    }

    private Map<AttachmentId, Attachment> lookedUp(Map<String, List<String>> named) {
        Map<AttachmentId, Attachment> found = new HashMap<>();
        named.values().forEach(ids -> ids.forEach(text -> AttachmentId.parse(text).map(stored::get)
                .ifPresent(a -> found.put(a.id(), a))));
        return found;
    }

    private static Form form() {
        return new Form(FORM, 1, FormKind.PROCEDURE, new DepartmentCode("kenko-kosodate"), "申請", null, List.of(
                new FormField("name", "氏名", null, FieldType.TEXT, false, null, null, null, List.of()),
                new FormField("photos", "写真", null, FieldType.ATTACHMENT, false, null, null, null, List.of()),
                new FormField("documents", "書類", null, FieldType.ATTACHMENT, false, null, null, null, List.of())),
                false, null, null, OptionalInt.empty(), Optional.empty(), false);
    }

    @Test
    void a_claim_looks_up_only_well_formed_ids() {
        Attachment photo = stored("photos", CITIZEN);
        AttachmentClaim claim = claimOf(Map.of("photos", List.of(photo.id().toString(), "not-an-id")), 5);

        assertThat(claim.ids()).containsExactly(photo.id());
        assertThatThrownBy(() -> claim.check(CITIZEN, APPLICATION, Map.of(photo.id(), photo)))
                .isInstanceOf(AnswersRejected.class);
    }
}
