package org.madoguchi.notification.application.port.in;

import org.madoguchi.notification.domain.model.Notification;

/** 既読: marks a notification of one's own inbox read; another's is not found. */
public interface MarkReadUseCase {

    Notification markRead(MarkReadCommand command);
}
