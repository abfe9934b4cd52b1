package com.coachkeep.notification.application.port.in;

import com.coachkeep.shared.application.Caller;

/** The signed-in person turns optional emails on or off; a stale expected version is refused. */
public interface UpdateNotificationPreferencesUseCase {
    NotificationPreferencesView update(Caller caller, UpdateNotificationPreferencesCommand command);
}
