package org.madoguchi.applications.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.madoguchi.applications.domain.model.FormId;
import org.madoguchi.applications.domain.model.UsageCategory;

/**
 * What every {@link UsageCategories} store does: one category per name key, renames that keep names unique,
 * forms in at most one category. The store may hold other tests' categories: names here are this test's own.
 */
public abstract class UsageCategoriesContract {

    private String suffix;

    /** The store under test. */
    protected abstract UsageCategories categories();

    /** Starts what keeps this test's data apart from the others': nothing for a fake. */
    protected void beginTest() {
    }

    /** Discards what this test stored: nothing for a fake. */
    protected void endTest() {
    }

    @BeforeEach
    final void begin() {
        beginTest();
        suffix = UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    final void end() {
        endTest();
    }

    private String name(String name) {
        return name + suffix;
    }

    @Test
    void a_category_is_found_by_its_id_and_by_its_name_in_either_width() {
        UsageCategory covid = UsageCategory.create(name("保健所業務（コロナ）"), "Health centre (COVID-19)");

        assertThat(categories().add(covid)).isTrue();

        assertThat(categories().find(covid.id())).contains(covid);
        assertThat(categories().findByName(name("保健所業務(コロナ)"))).contains(covid);
        assertThat(categories().findByName(name("保健所業務"))).isEmpty();
    }

    @Test
    void a_second_category_whose_name_differs_only_in_width_is_not_stored() {
        UsageCategory first = UsageCategory.create(name("ＬＩＮＥキャンペーン"), null);
        categories().add(first);

        assertThat(categories().add(UsageCategory.create(name("LINEキャンペーン"), "LINE campaign"))).isFalse();

        assertThat(categories().all()).filteredOn(c -> c.name().endsWith(suffix)).containsExactly(first);
    }

    @Test
    void a_rename_to_a_free_name_is_stored_and_one_to_a_taken_name_is_not() {
        UsageCategory survey = UsageCategory.create(name("アンケート"), null);
        UsageCategory campaign = UsageCategory.create(name("キャンペーン"), null);
        categories().add(survey);
        categories().add(campaign);

        assertThat(categories().update(survey.renamed(name("窓口アンケート"), "Counter survey"))).isTrue();
        assertThat(categories().update(campaign.renamed(name("窓口アンケート"), null))).isFalse();
        assertThat(categories().update(UsageCategory.create(name("未登録"), null))).isFalse();

        assertThat(categories().find(survey.id())).contains(survey.renamed(name("窓口アンケート"), "Counter survey"));
        assertThat(categories().find(campaign.id())).contains(campaign);
    }

    @Test
    void every_category_is_listed_by_name() {
        UsageCategory c = UsageCategory.create("う" + suffix, null);
        UsageCategory a = UsageCategory.create("あ" + suffix, null);
        UsageCategory b = UsageCategory.create("い" + suffix, null);
        categories().add(c);
        categories().add(a);
        categories().add(b);

        assertThat(categories().all()).filteredOn(category -> category.name().endsWith(suffix))
                .containsExactly(a, b, c);
    }

    @Test
    void a_form_assigned_again_moves_out_of_its_other_category() {
        UsageCategory first = UsageCategory.create(name("一"), null);
        UsageCategory second = UsageCategory.create(name("二"), null);
        categories().add(first);
        categories().add(second);
        FormId form = new FormId(UUID.randomUUID());
        FormId other = new FormId(UUID.randomUUID());

        categories().assign(form, first.id());
        categories().assign(other, first.id());
        categories().assign(form, second.id());

        assertThat(categories().assignments()).containsEntry(form, second.id()).containsEntry(other, first.id());
    }

    @Test
    void a_form_is_taken_only_out_of_the_category_it_is_in() {
        UsageCategory first = UsageCategory.create(name("一"), null);
        UsageCategory second = UsageCategory.create(name("二"), null);
        categories().add(first);
        categories().add(second);
        FormId form = new FormId(UUID.randomUUID());
        categories().assign(form, first.id());

        assertThat(categories().remove(form, second.id())).isFalse();
        assertThat(categories().assignments()).containsEntry(form, first.id());
        assertThat(categories().remove(form, first.id())).isTrue();
        assertThat(categories().assignments()).doesNotContainKey(form);
    }
}
