package org.madoguchi.notification.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.madoguchi.platform.failure.InvalidInput;
import org.madoguchi.platform.failure.Violation;

class AnnouncementTest {

    private static final Instant FROM = Instant.parse("2023-05-10T15:00:00Z");
    private static final Instant UNTIL = Instant.parse("2023-06-10T15:00:00Z");

    private static Announcement draft(Audience audience, String department) {
        return Announcement.draft("電子証明書のお知らせ", null, "本文", null, audience, department, FROM, UNTIL, "info-1", FROM);
    }

    @Test
    void a_draft_that_breaks_rules_reports_every_one_at_once() {
        assertThatThrownBy(() -> Announcement.draft("", null, " ", null, Audience.DEPARTMENT, null, UNTIL, FROM, "i", FROM))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations()).extracting(Violation::field)
                        .containsExactly("title", "body", "until", "department"));
        assertThatThrownBy(() -> draft(Audience.STAFF, "somu")).isInstanceOf(InvalidInput.class);
    }

    @Test
    void it_is_shown_only_when_published_and_within_its_period() {
        Announcement published = draft(Audience.EVERYONE, null).publish(FROM.minusSeconds(60));

        assertThat(draft(Audience.EVERYONE, null).shownAt(FROM)).isFalse();
        assertThat(published.shownAt(FROM.minusSeconds(1))).isFalse();
        assertThat(published.shownAt(FROM)).isTrue();
        assertThat(published.shownAt(UNTIL)).isFalse();
        assertThat(published.withdraw(FROM).shownAt(FROM)).isFalse();
        assertThat(published.dueForFanOut(FROM)).isTrue();
        assertThat(published.fannedOut(FROM).dueForFanOut(FROM)).isFalse();
    }

    @Test
    void publishing_twice_or_withdrawing_a_draft_is_a_conflict() {
        Announcement published = draft(Audience.CITIZENS, null).publish(FROM);

        assertThatThrownBy(() -> published.publish(FROM)).isInstanceOf(AnnouncementNotDraft.class);
        assertThatThrownBy(() -> draft(Audience.CITIZENS, null).withdraw(FROM)).isInstanceOf(AnnouncementNotPublished.class);
    }

    @Test
    void each_audience_reaches_its_people_and_its_feeds() {
        assertThat(draft(Audience.EVERYONE, null).addressees()).containsExactly(new Addressee.Citizens(), new Addressee.AllStaff());
        assertThat(draft(Audience.DEPARTMENT, "somu").addressees()).containsExactly(new Addressee.DepartmentStaff("somu"));
        assertThat(draft(Audience.CITIZENS, null).isPublic()).isTrue();
        assertThat(draft(Audience.STAFF, null).isPublic()).isFalse();
        assertThat(draft(Audience.DEPARTMENT, "somu").forStaffOf(Optional.of("somu"))).isTrue();
        assertThat(draft(Audience.DEPARTMENT, "somu").forStaffOf(Optional.of("kikaku"))).isFalse();
        assertThat(draft(Audience.CITIZENS, null).forStaffOf(Optional.of("somu"))).isFalse();
        assertThat(draft(Audience.EVERYONE, null).title(Language.EN)).isEqualTo("電子証明書のお知らせ");
    }
}
