package org.madoguchi.notification.application.port.in;

import org.madoguchi.notification.domain.model.Preferences;

/** 通知設定: a person chooses their language, addresses, channels per kind and quiet hours. */
public interface SetPreferencesUseCase {

    Preferences set(SetPreferencesCommand command);
}
