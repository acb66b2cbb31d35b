package org.madoguchi.notification.domain.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Who acts on notifications, with what the permission rules read: everyone reads their own inbox and sets their
 * own preferences; 情報政策課 (information policy) publishes announcements and previews templates; operations
 * read the delivery log.
 *
 * @param subject           the person's account subject
 * @param citizen           whether the person is a citizen (市民)
 * @param staff             whether the person is a member of staff (職員)
 * @param department        the staff member's department code (課・室), if any
 * @param informationPolicy whether the person belongs to 情報政策課
 * @param operations        whether the person operates the platform
 */
public record Actor(String subject, boolean citizen, boolean staff, Optional<String> department,
                    boolean informationPolicy, boolean operations) {

    public Actor {
        Objects.requireNonNull(subject, "subject");
        department = department == null ? Optional.empty() : department;
    }

    /** Throws {@link NotPermitted} unless this actor belongs to 情報政策課. */
    public void requireInformationPolicy() {
        if (!informationPolicy) {
            throw new NotPermitted();
        }
    }

    /** Throws {@link NotPermitted} unless this actor operates the platform. */
    public void requireOperations() {
        if (!operations) {
            throw new NotPermitted();
        }
    }
}
