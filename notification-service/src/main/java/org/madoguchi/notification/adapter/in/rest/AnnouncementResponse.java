package org.madoguchi.notification.adapter.in.rest;

import java.time.Instant;
import java.util.UUID;

import org.madoguchi.notification.domain.model.Announcement;

/** An announcement as the feeds and 情報政策課 read it. */
public record AnnouncementResponse(UUID id, String title, String titleEn, String body, String bodyEn, String audience,
                                   String department, Instant from, Instant until, String status, Instant publishedAt,
                                   Instant withdrawnAt) {

    static AnnouncementResponse of(Announcement a) {
        return new AnnouncementResponse(a.id().value(), a.title(), a.titleEn(), a.body(), a.bodyEn(), a.audience().name(),
                a.department().orElse(null), a.from(), a.until(), a.status().name(), a.publishedAt(), a.withdrawnAt());
    }
}
