package org.madoguchi.notification.application.port.in;

import org.madoguchi.notification.domain.model.Announcement;

/** 情報政策課 drafts an announcement (お知らせ) for a period and an audience. */
public interface CreateAnnouncementUseCase {

    Announcement create(CreateAnnouncementCommand command);
}
