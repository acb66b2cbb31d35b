package org.madoguchi.notification.domain.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.madoguchi.platform.failure.InvalidInput;

/**
 * お知らせ: an announcement of 情報政策課 or public relations, shown from {@code from} until {@code until} to an
 * audience once published; publishing fans it out to the inboxes of the audience when its period begins.
 *
 * @param department   the department whose staff it is for, with {@link Audience#DEPARTMENT}
 * @param fannedOutAt  when it reached the audience's inboxes; {@code null} until then
 */
public record Announcement(AnnouncementId id, String title, String titleEn, String body, String bodyEn,
                           Audience audience, Optional<String> department, Instant from, Instant until,
                           AnnouncementStatus status, String createdBy, Instant createdAt, Instant publishedAt,
                           Instant withdrawnAt, Instant fannedOutAt) {

    public Announcement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(status, "status");
        department = department == null ? Optional.empty() : department;
    }

    /**
     * A new draft; every broken rule is reported at once: a title and body in Japanese, a period that ends after
     * it starts, a department exactly when the audience is one department.
     */
    public static Announcement draft(String title, String titleEn, String body, String bodyEn, Audience audience,
                                     String department, Instant from, Instant until, String createdBy, Instant now) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (title == null || title.isBlank()) {
            problems.add("title", "not-blank");
        }
        if (body == null || body.isBlank()) {
            problems.add("body", "not-blank");
        }
        if (audience == null) {
            problems.add("audience", "not-null");
        }
        if (from == null) {
            problems.add("from", "not-null");
        }
        if (until == null) {
            problems.add("until", "not-null");
        } else if (from != null && !until.isAfter(from)) {
            problems.add("until", "until-after-from");
        }
        boolean hasDepartment = department != null && !department.isBlank();
        if (audience == Audience.DEPARTMENT && !hasDepartment) {
            problems.add("department", "department-required");
        } else if (audience != null && audience != Audience.DEPARTMENT && hasDepartment) {
            problems.add("department", "department-only-for-department-audience");
        }
        problems.throwIfAny();
        return new Announcement(AnnouncementId.random(), title.strip(), blankToNull(titleEn), body, blankToNull(bodyEn),
                audience, Optional.ofNullable(hasDepartment ? department.strip() : null), from, until,
                AnnouncementStatus.DRAFT, createdBy, now, null, null, null);
    }

    /** Published: shown within its period, and fanned out when the period begins. */
    public Announcement publish(Instant now) {
        if (status != AnnouncementStatus.DRAFT) {
            throw new AnnouncementNotDraft(status);
        }
        return new Announcement(id, title, titleEn, body, bodyEn, audience, department, from, until,
                AnnouncementStatus.PUBLISHED, createdBy, createdAt, now, null, fannedOutAt);
    }

    /** Withdrawn: no longer shown in any feed. */
    public Announcement withdraw(Instant now) {
        if (status != AnnouncementStatus.PUBLISHED) {
            throw new AnnouncementNotPublished(status);
        }
        return new Announcement(id, title, titleEn, body, bodyEn, audience, department, from, until,
                AnnouncementStatus.WITHDRAWN, createdBy, createdAt, publishedAt, now, fannedOutAt);
    }

    /** It reached the inboxes of its audience. */
    public Announcement fannedOut(Instant now) {
        return new Announcement(id, title, titleEn, body, bodyEn, audience, department, from, until, status,
                createdBy, createdAt, publishedAt, withdrawnAt, now);
    }

    /** Whether it is shown at {@code now}: published, and within its period. */
    public boolean shownAt(Instant now) {
        return status == AnnouncementStatus.PUBLISHED && !from.isAfter(now) && until.isAfter(now);
    }

    /** Whether it is to be fanned out at {@code now}: shown, and not yet in the inboxes. */
    public boolean dueForFanOut(Instant now) {
        return shownAt(now) && fannedOutAt == null;
    }

    /** Whether the public feed (citizens, anyone) shows it. */
    public boolean isPublic() {
        return audience.reachesThePublic();
    }

    /** Whether a member of staff of the department (or none) sees it in the staff feed. */
    public boolean forStaffOf(Optional<String> staffDepartment) {
        return switch (audience) {
            case EVERYONE, STAFF -> true;
            case CITIZENS -> false;
            case DEPARTMENT -> department.equals(staffDepartment);
        };
    }

    /** The people the announcement fans out to. */
    public List<Addressee> addressees() {
        return switch (audience) {
            case EVERYONE -> List.of(new Addressee.Citizens(), new Addressee.AllStaff());
            case CITIZENS -> List.of(new Addressee.Citizens());
            case STAFF -> List.of(new Addressee.AllStaff());
            case DEPARTMENT -> List.of(new Addressee.DepartmentStaff(department.orElseThrow()));
        };
    }

    /** The title in a language; English falls back to Japanese. */
    public String title(Language language) {
        return language == Language.EN && titleEn != null ? titleEn : title;
    }

    /** The body in a language; English falls back to Japanese. */
    public String body(Language language) {
        return language == Language.EN && bodyEn != null ? bodyEn : body;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
