package com.coachkeep.console.support;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Shows an action's outcome the same way in every view. */
public final class Notifications {
    private Notifications() {
    }

    public static void show(Outcome outcome) {
        Notification n = Notification.show(outcome.message(), outcome.ok() ? 4000 : 8000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(outcome.ok() ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_ERROR);
        n.setId(outcome.ok() ? "outcome-ok" : "outcome-refused");
    }
}
