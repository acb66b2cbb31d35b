package org.madoguchi.notification.application.port.in;

import org.madoguchi.notification.domain.model.Announcement;

/** Withdraws a published announcement from every feed. */
public interface WithdrawAnnouncementUseCase {

    Announcement withdraw(WithdrawAnnouncementCommand command);
}
