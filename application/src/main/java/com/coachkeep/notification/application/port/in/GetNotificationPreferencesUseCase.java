package com.coachkeep.notification.application.port.in;

import com.coachkeep.shared.application.Caller;

/** The signed-in person reads their own email preferences (every optional email is on until turned off). */
public interface GetNotificationPreferencesUseCase {
    NotificationPreferencesView get(Caller caller);
}
