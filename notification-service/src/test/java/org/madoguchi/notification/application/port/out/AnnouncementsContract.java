package org.madoguchi.notification.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.madoguchi.notification.domain.model.Announcement;
import org.madoguchi.notification.domain.model.AnnouncementId;
import org.madoguchi.notification.domain.model.Audience;

/** What {@link Announcements} promises, in memory and on PostgreSQL alike. */
public abstract class AnnouncementsContract extends OutPortContract {

    private Announcements announcements() {
        return ports().announcements();
    }

    private Announcement added(Announcement announcement) {
        inTransaction(() -> announcements().add(announcement));
        return announcement;
    }

    private static Announcement draft(Audience audience, String department, int fromMinute, int untilMinute) {
        return Announcement.draft("お知らせ " + fresh("t"), "Notice", "本文", null, audience, department, minute(fromMinute),
                minute(untilMinute), "info-1", minute(0));
    }

    @Test
    void an_announcement_reads_back_the_same_through_each_change() {
        Announcement draft = added(draft(Audience.DEPARTMENT, "somu", 10, 100));
        Announcement published = draft.publish(minute(1));

        inTransaction(() -> announcements().update(published));

        assertThat(inTransaction(() -> announcements().byId(draft.id()))).contains(published);
        assertThat(inTransaction(() -> announcements().byId(AnnouncementId.random()))).isEmpty();
        assertThat(inTransaction(() -> announcements().recent(1000))).contains(published);
    }

    @Test
    void only_published_announcements_within_their_period_are_shown() {
        Announcement shown = added(draft(Audience.EVERYONE, null, 10, 100).publish(minute(1)));
        Announcement later = added(draft(Audience.EVERYONE, null, 200, 300).publish(minute(1)));
        Announcement draft = added(draft(Audience.EVERYONE, null, 10, 100));
        Announcement withdrawn = added(draft(Audience.EVERYONE, null, 10, 100).publish(minute(1)).withdraw(minute(2)));

        assertThat(inTransaction(() -> announcements().shownAt(minute(50)))).contains(shown)
                .doesNotContain(later, draft, withdrawn);
        assertThat(inTransaction(() -> announcements().shownAt(minute(100)))).doesNotContain(shown);
    }

    @Test
    void an_announcement_is_due_for_its_fan_out_once_its_period_began_until_it_was_fanned_out() {
        Announcement due = added(draft(Audience.STAFF, null, 10, 100).publish(minute(1)));
        Announcement notYet = added(draft(Audience.STAFF, null, 60, 100).publish(minute(1)));

        assertThat(inTransaction(() -> announcements().claimDueForFanOut(minute(20), 1000))).contains(due).doesNotContain(notYet);
        inTransaction(() -> announcements().update(due.fannedOut(minute(20))));

        assertThat(inTransaction(() -> announcements().claimDueForFanOut(minute(70), 1000)))
                .contains(notYet).noneMatch(a -> a.id().equals(due.id()));
    }
}
