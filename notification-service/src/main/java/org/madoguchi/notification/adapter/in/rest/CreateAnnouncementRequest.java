package org.madoguchi.notification.adapter.in.rest;

import java.time.Instant;

import jakarta.validation.constraints.Size;

import org.madoguchi.notification.domain.model.Audience;
import org.madoguchi.platform.text.SingleLine;

/**
 * An announcement (お知らせ): titles of one line, bodies in Japanese (and English), the period it is shown and
 * its audience ({@code department} with {@code DEPARTMENT}).
 */
public record CreateAnnouncementRequest(@SingleLine @Size(max = 200) String title,
                                        @SingleLine @Size(max = 200) String titleEn,
                                        @Size(max = 5000) String body,
                                        @Size(max = 5000) String bodyEn,
                                        Audience audience,
                                        @SingleLine @Size(max = 100) String department,
                                        Instant from,
                                        Instant until) {
}
