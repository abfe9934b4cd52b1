package com.coachkeep.notification.application.service;

import com.coachkeep.notification.application.port.in.GetNotificationPreferencesUseCase;
import com.coachkeep.notification.application.port.in.NotificationPreferencesView;
import com.coachkeep.notification.application.port.in.UnsubscribeCommand;
import com.coachkeep.notification.application.port.in.UnsubscribeUseCase;
import com.coachkeep.notification.application.port.in.UpdateNotificationPreferencesCommand;
import com.coachkeep.notification.application.port.in.UpdateNotificationPreferencesUseCase;
import com.coachkeep.notification.application.port.out.NotificationPreferenceRepository;
import com.coachkeep.notification.domain.NotificationPreferences;
import com.coachkeep.shared.application.Caller;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.application.StaleVersionException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * A person's email preferences. They are the person's own, across workspaces: the caller reads and changes
 * only their own, and the unsubscribe token stands in for signing in only to turn a category off.
 */
@ApplicationScoped
@Transactional
public class NotificationPreferencesService implements GetNotificationPreferencesUseCase, UpdateNotificationPreferencesUseCase,
        UnsubscribeUseCase {
    private final NotificationPreferenceRepository preferences;
    private final Clock clock;

    @Inject
    public NotificationPreferencesService(NotificationPreferenceRepository preferences, Clock clock) {
        this.preferences = preferences;
        this.clock = clock;
    }

    protected NotificationPreferencesService() {
        this(null, null);
    }

    @Override
    public NotificationPreferencesView get(Caller caller) {
        return NotificationPreferencesView.of(preferences.find(caller.personId())
                .orElseGet(() -> NotificationPreferences.defaults(caller.personId(), clock.instant())));
    }

    @Override
    public NotificationPreferencesView update(Caller caller, UpdateNotificationPreferencesCommand command) {
        NotificationPreferences p = preferences.addIfAbsent(NotificationPreferences.defaults(caller.personId(), clock.instant()));
        StaleVersionException.check(command.expectedVersion(), p.version());
        if (p.change(command.enabled(), clock.instant())) {
            preferences.update(p);
        }
        return NotificationPreferencesView.of(p);
    }

    @Override
    public void unsubscribe(UnsubscribeCommand command) {
        NotificationPreferences p = preferences.findByUnsubscribeToken(command.token())
                .orElseThrow(() -> new NotFoundException("unsubscribe link"));
        if (p.optOut(command.category(), clock.instant())) {
            preferences.update(p);
        }
    }
}
