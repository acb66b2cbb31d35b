package org.madoguchi.procedures.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.madoguchi.platform.failure.InvalidInput;
import org.madoguchi.platform.failure.Violation;

/**
 * Forms: typed fields with their rules, periods, attachment limits and processing periods, and versions
 * that stay as they were.
 */
class FormDefinitionTest {

    private static FieldDefinition text(String key) {
        return new FieldDefinition(key, "氏名", "Name", FieldType.TEXT, true, 1, 50, null, null);
    }

    private static FormContent content(String title, Instant opens, Instant closes) {
        return new FormContent(title, null, null, null, List.of(text("name")), false, opens, closes, Set.of(), null,
                null);
    }

    @Test
    void each_field_type_takes_only_the_rules_that_fit_it() {
        assertThat(new FieldDefinition("zip", "郵便番号", null, FieldType.POSTAL_CODE, true, null, null, null, null)
                .choices()).isEmpty();
        assertThatThrownBy(() -> new FieldDefinition("zip", "郵便番号", null, FieldType.POSTAL_CODE, true, null, 8, null,
                null)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new FieldDefinition("agree", "同意", null, FieldType.CONSENT, true, null, null, null,
                List.of("はい", "いいえ"))).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new FieldDefinition("pick", "選択", null, FieldType.MULTIPLE_CHOICE, false, null, null,
                null, List.of("A", "A"))).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).violations()).extracting(Violation::code)
                        .containsExactly("duplicate-choice"));
        assertThatThrownBy(() -> new FieldDefinition("Name", "氏名", null, FieldType.TEXT, true, 10, 5, "([", null))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).violations()).extracting(Violation::field)
                        .containsExactly("key", "maxLength", "pattern"));
    }

    @Test
    void a_period_must_end_after_it_starts_and_decides_when_the_form_is_open() {
        Instant april = Instant.parse("2026-04-01T00:00:00Z");
        Instant may = Instant.parse("2026-05-01T00:00:00Z");
        assertThatThrownBy(() -> content("申込", may, april)).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).violations()).extracting(Violation::code)
                        .containsExactly("period-ends-before-start"));

        Form published = Form.draft(FormId.random(), FormKind.EVENT, new DepartmentCode("somu"),
                content("申込", april, may)).publish();

        assertThat(published.isOpenAt(april.minusSeconds(1))).isFalse();
        assertThat(published.isOpenAt(april)).isTrue();
        assertThat(published.isOpenAt(may)).isFalse();
        assertThat(published.close().isOpenAt(april.plusSeconds(60))).isFalse();
    }

    @Test
    void a_draft_changes_in_place_and_a_published_form_gets_a_new_version() {
        Form draft = Form.draft(FormId.random(), FormKind.SURVEY, new DepartmentCode("somu"), content("一", null, null));

        Form edited = draft.edit(content("二", null, null));
        assertThat(edited.currentVersion()).isEqualTo(1);

        Form published = edited.publish();
        Form second = published.edit(content("三", null, null));
        assertThat(second.currentVersion()).isEqualTo(2);
        assertThat(second.status()).isEqualTo(FormStatus.PUBLISHED);

        Form closed = second.close();
        assertThatThrownBy(() -> closed.edit(content("四", null, null))).isInstanceOf(FormStateConflict.class);
        assertThatThrownBy(closed::close).isInstanceOf(FormStateConflict.class);
        assertThat(closed.publish().status()).isEqualTo(FormStatus.PUBLISHED);
        assertThatThrownBy(() -> closed.publish().publish()).isInstanceOf(FormStateConflict.class);
    }

    @Test
    void field_keys_are_unique_within_a_form() {
        assertThatThrownBy(() -> new FormContent("申込", null, null, null, List.of(text("name"), text("name")), true,
                null, null, Set.of(), null, null)).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).violations()).extracting(Violation::field)
                        .containsExactly("fields[1].key"));
    }

    private static FieldDefinition field(String key, FieldType type, boolean required) {
        return new FieldDefinition(key, "項目", null, type, required, null, null, null, null);
    }

    private static FormContent withFields(List<FieldDefinition> fields, StandardProcessingPeriod period,
            AttachmentLimits limits) {
        return new FormContent("申請", null, null, null, fields, false, null, null, Set.of(), period, limits);
    }

    private static List<Violation> violations(Runnable construction) {
        try {
            construction.run();
        } catch (InvalidInput invalid) {
            return invalid.violations();
        }
        throw new AssertionError("expected the input to be refused");
    }

    @Test
    void attachment_and_individual_number_fields_take_no_length_pattern_or_choices() {
        for (FieldType type : List.of(FieldType.ATTACHMENT, FieldType.MY_NUMBER)) {
            assertThat(field("answer", type, true).type()).isEqualTo(type);
            assertThat(violations(() -> new FieldDefinition("answer", "項目", null, type, true, 1, null, null, null)))
                    .containsExactly(Violation.of("minLength", "not-for-field-type", type.label().ja(),
                            type.label().en()));
            assertThat(violations(() -> new FieldDefinition("answer", "項目", null, type, true, null, 12, null, null)))
                    .extracting(Violation::field, Violation::code)
                    .containsExactly(tuple("maxLength", "not-for-field-type"));
            assertThat(violations(() -> new FieldDefinition("answer", "項目", null, type, true, null, null, "^[0-9]{12}$",
                    null))).extracting(Violation::field, Violation::code)
                    .containsExactly(tuple("pattern", "not-for-field-type"));
            assertThat(violations(() -> new FieldDefinition("answer", "項目", null, type, true, null, null, null,
                    List.of("A", "B")))).extracting(Violation::field, Violation::code)
                    .containsExactly(tuple("choices", "not-for-field-type"));
        }
        assertThat(FieldType.values()).filteredOn(FieldType::takesFiles).containsExactly(FieldType.ATTACHMENT);
    }

    @Test
    void every_field_type_is_named_in_japanese_and_english_each_name_its_own() {
        assertThat(FieldType.values()).allSatisfy(type -> {
            assertThat(type.label().ja()).isNotBlank();
            assertThat(type.label().en()).isNotBlank();
        });
        int types = FieldType.values().length;
        assertThat(Arrays.stream(FieldType.values()).map(t -> t.label().ja()).distinct()).hasSize(types);
        assertThat(Arrays.stream(FieldType.values()).map(t -> t.label().en()).distinct()).hasSize(types);
        assertThat(FieldType.ATTACHMENT.label()).isEqualTo(new BilingualLabel("添付ファイル", "Attachment"));
        assertThat(FieldType.MY_NUMBER.label().ja()).startsWith("個人番号");
    }

    @Test
    void attachment_limits_are_required_with_an_attachment_field_and_refused_without_one() {
        AttachmentLimits limits = new AttachmentLimits(5L * 1024 * 1024, 2);

        assertThat(violations(() -> withFields(List.of(text("name"), field("proof", FieldType.ATTACHMENT, true)),
                null, null))).containsExactly(Violation.of("attachmentLimits", "attachment-limits-required"));
        assertThat(violations(() -> withFields(List.of(text("name"), field("myNumber", FieldType.MY_NUMBER, true)),
                null, limits))).containsExactly(
                        Violation.of("attachmentLimits", "attachment-limits-without-attachment-field"));

        FormContent withFiles = withFields(List.of(text("name"), field("proof", FieldType.ATTACHMENT, false)), null,
                limits);
        assertThat(withFiles.attachmentLimits()).isEqualTo(limits);
        assertThat(withFields(List.of(text("name")), null, null).attachmentLimits()).isNull();
    }

    @Test
    void the_files_allowed_cover_every_required_attachment_field() {
        List<FieldDefinition> threeRequired = List.of(field("a", FieldType.ATTACHMENT, true),
                field("b", FieldType.ATTACHMENT, true), field("c", FieldType.ATTACHMENT, true),
                field("d", FieldType.ATTACHMENT, false));

        assertThat(violations(() -> withFields(threeRequired, null, new AttachmentLimits(1024, 2))))
                .containsExactly(Violation.of("attachmentLimits.maxFiles", "max-files-below-required-attachments", 3L));
        assertThat(withFields(threeRequired, null, new AttachmentLimits(1024, 3)).fields()).hasSize(4);
    }

    @Test
    void attachment_limits_lie_between_one_byte_and_fifty_mebibytes_and_between_one_and_twenty_files() {
        qt().forAll(longs().between(-10, AttachmentLimits.MAX_FILE_BYTES + 10), integers().between(-5, 30))
                .checkAssert((bytes, files) -> {
                    boolean bytesFit = bytes >= 1 && bytes <= 52_428_800L;
                    boolean filesFit = files >= 1 && files <= 20;
                    if (bytesFit && filesFit) {
                        assertThat(new AttachmentLimits(bytes, files).maxFileBytes()).isEqualTo(bytes);
                    } else {
                        assertThat(violations(() -> new AttachmentLimits(bytes, files))).extracting(Violation::field)
                                .containsExactlyElementsOf(bytesFit ? List.of("maxFiles")
                                        : filesFit ? List.of("maxFileBytes") : List.of("maxFileBytes", "maxFiles"));
                    }
                });
        assertThat(violations(() -> new AttachmentLimits(52_428_801L, 1)))
                .containsExactly(Violation.of("maxFileBytes", "file-size-out-of-range", 52_428_800L, 50L));
        assertThat(new AttachmentLimits(52_428_800L, 20)).isEqualTo(new AttachmentLimits(50L * 1024 * 1024, 20));
    }

    @Test
    void a_standard_processing_period_lies_between_one_and_three_hundred_sixty_five_business_days() {
        qt().forAll(integers().between(-5, 400)).checkAssert(days -> {
            if (days >= 1 && days <= 365) {
                assertThat(new StandardProcessingPeriod(days).businessDays()).isEqualTo(days);
            } else {
                assertThat(violations(() -> new StandardProcessingPeriod(days)))
                        .containsExactly(Violation.of("", "out-of-range", 1, 365));
            }
        });
        assertThat(withFields(List.of(text("name")), new StandardProcessingPeriod(14), null).standardProcessingPeriod())
                .isEqualTo(new StandardProcessingPeriod(14));
    }
}
