package org.madoguchi.notification.application.service;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.notification.application.port.in.WithdrawAnnouncementCommand;
import org.madoguchi.notification.application.port.in.WithdrawAnnouncementUseCase;
import org.madoguchi.notification.application.port.out.Announcements;
import org.madoguchi.notification.domain.model.Announcement;
import org.madoguchi.notification.domain.model.NotFound;

/** Withdraws a published announcement from every feed. */
@ApplicationScoped
class WithdrawAnnouncementService implements WithdrawAnnouncementUseCase {

    private final Announcements announcements;
    private final Clock clock;

    WithdrawAnnouncementService(Announcements announcements, Clock clock) {
        this.announcements = announcements;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Announcement withdraw(WithdrawAnnouncementCommand command) {
        command.actor().requireInformationPolicy();
        Announcement withdrawn = announcements.byId(command.announcement())
                .orElseThrow(() -> NotFound.announcement(command.announcement())).withdraw(clock.instant());
        announcements.update(withdrawn);
        return withdrawn;
    }
}
