package org.madoguchi.procedures.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.madoguchi.platform.failure.InvalidInput;
import org.madoguchi.platform.failure.Violation;

/** Forms: typed fields with their rules, periods, and versions that stay as they were. */
class FormDefinitionTest {

    private static FieldDefinition text(String key) {
        return new FieldDefinition(key, "氏名", "Name", FieldType.TEXT, true, 1, 50, null, null);
    }

    private static FormContent content(String title, Instant opens, Instant closes) {
        return new FormContent(title, null, null, null, List.of(text("name")), false, opens, closes, Set.of());
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
                null, null, Set.of())).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).violations()).extracting(Violation::field)
                        .containsExactly("fields[1].key"));
    }
}
