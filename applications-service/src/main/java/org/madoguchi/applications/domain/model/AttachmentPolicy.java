package org.madoguchi.applications.domain.model;

import java.time.Duration;
import java.util.Objects;

/**
 * The city's settings for attached files.
 *
 * @param unclaimedLifetime how long an upload waits for a submission to claim it before it is deleted
 * @param defaultLimits     the limits of a form that has attachment fields but declares none
 * @param longestTransfer   how long one upload or download may take, from its first byte to its last, before it is
 *                          abandoned
 */
public record AttachmentPolicy(Duration unclaimedLifetime, AttachmentLimits defaultLimits, Duration longestTransfer) {

    public AttachmentPolicy {
        Objects.requireNonNull(unclaimedLifetime, "unclaimedLifetime");
        Objects.requireNonNull(defaultLimits, "defaultLimits");
        Objects.requireNonNull(longestTransfer, "longestTransfer");
        if (unclaimedLifetime.isNegative() || unclaimedLifetime.isZero() || longestTransfer.toSeconds() < 1) {
            throw new IllegalArgumentException("the attachment policy takes positive durations");
        }
    }

    /** The limits that hold for the form's attachments. */
    public AttachmentLimits limitsOf(Form form) {
        return form.attachmentLimits().orElse(defaultLimits);
    }
}
